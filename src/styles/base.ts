import { css } from 'lit';
import { tokens } from './tokens.js';

/**
 * Styles every widget shares: token defaults, a reset of the inherited text
 * properties (so host CSS cannot leak in), links, focus, errors, the visually-hidden
 * helper, and the pieces most widgets render: the provenance line, intros and details,
 * plain lists, the accent bar, and link addresses in print. No raw colours: see tokens.ts.
 */
export const base = [
  tokens,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      max-width: 100%;
      font-family: var(--_font);
      font-size: var(--_font-size);
      line-height: var(--_line-height);
      font-weight: 400;
      font-style: normal;
      color: var(--_text);
      background: var(--_canvas);
      text-align: start;
      text-transform: none;
      text-indent: 0;
      white-space: normal;
      overflow-wrap: break-word;
      margin-block: 0 var(--_space-4);
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    h1, h2, h3, h4, h5, h6 {
      font-weight: var(--_heading-weight);
      line-height: 1.25;
      margin: 0 0 var(--_space-2);
    }
    p {
      margin: 0 0 var(--_space-3);
    }
    p:last-child {
      margin-bottom: 0;
    }
    a {
      color: var(--_link);
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    a:visited {
      color: var(--_link-visited);
    }
    a:focus-visible,
    summary:focus-visible,
    button:focus-visible {
      outline: 3px solid transparent;
      color: var(--_focus-text);
      background-color: var(--_focus);
      box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
      text-decoration: none;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    /* An accent bar beside a block (a finding, a group, a notice) in the colour --_bar. */
    .bar {
      border-inline-start: var(--_border-width-accent) solid var(--_bar);
      padding-inline-start: var(--_space-3);
    }
    .problem {
      --_bar: var(--_error);
      padding: var(--_space-2) var(--_space-3);
    }
    .problem-title {
      font-weight: 700;
    }
    /* Seen only if loading takes a while (content that arrives at once does not flash it); read by a screen reader at once. */
    .loading {
      animation: eg-late 0s 0.4s both;
    }
    @keyframes eg-late {
      from {
        opacity: 0;
      }
    }
    .loading,
    .provenance,
    .link-note,
    .note {
      color: var(--_text-secondary);
    }
    /* Small print (the provenance line, the scale note, a link's note) is in <small>, so that it is small in the pasted snippet too. */
    small,
    .provenance,
    .link-note,
    .scale-note {
      font-size: var(--_font-size-small);
    }
    .intro,
    .detail {
      margin-block-end: var(--_space-3);
    }
    [role='list'] {
      list-style: none;
      margin: 0 0 var(--_space-3);
      padding: 0;
    }
    button {
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 2px solid var(--_text);
      border-radius: var(--_radius);
      padding: var(--_space-1) var(--_space-3);
      cursor: pointer;
    }
    @media (forced-colors: active) {
      a:focus-visible,
      summary:focus-visible,
      button:focus-visible {
        outline-color: Highlight;
      }
      .bar {
        border-inline-start-color: CanvasText;
      }
    }
    @media print {
      /* Nothing to press on paper. */
      button {
        display: none;
      }
      /* An item is not split across pages. */
      .finding,
      .gap,
      .view,
      .notice {
        break-inside: avoid;
      }
      /* Links print their address after them, unless their text is the address (.url). */
      a[href]:not(.url)::after {
        content: ' (' attr(href) ')';
        overflow-wrap: anywhere;
      }
    }
  `,
];
