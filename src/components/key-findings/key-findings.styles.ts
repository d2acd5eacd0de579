import { css } from 'lit';

export const keyFindingsStyles = css`
  :host {
    --_key-findings-note-border: var(--eg-key-findings-note-border-color, var(--_border));
    --_key-findings-gap: var(--eg-key-findings-gap, var(--_space-4));
    margin-block: 0 var(--_space-4);
  }
  .intro {
    margin-block-end: var(--_space-3);
  }
  .intro > :first-child {
    margin-block-start: 0;
  }
  .note {
    border-inline-start: var(--_border-width-accent) solid var(--_key-findings-note-border);
    padding-inline-start: var(--_space-3);
    color: var(--_text-secondary);
  }
  .findings {
    list-style: none;
    margin: 0 0 var(--_space-3);
    padding: 0;
  }
  .findings > li {
    margin: 0 0 var(--_key-findings-gap);
  }
  .findings > li:last-child {
    margin-block-end: var(--_space-3);
  }
  .provenance {
    font-size: var(--_font-size-small);
    color: var(--_text-secondary);
  }
  .link-note {
    white-space: normal;
  }
  @media (forced-colors: active) {
    .note {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    .findings > li {
      break-inside: avoid;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
