import { css } from 'lit';

export const glossaryTermStyles = css`
  :host {
    display: inline;
    position: relative;
    /* The term is part of the author's sentence: it keeps the page's own text style. */
    background: transparent;
    color: inherit;
    font: inherit;
    line-height: inherit;
    --_term-underline: var(--eg-glossary-term-underline-color, var(--_text));
    --_term-bubble-background: var(--eg-glossary-term-background, var(--_surface));
    --_term-bubble-border: var(--eg-glossary-term-border-color, var(--_text));
  }
  button {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    margin: 0;
    cursor: help;
    text-align: inherit;
    text-decoration: underline dotted var(--_term-underline);
    text-decoration-thickness: 2px;
    text-underline-offset: 0.2em;
  }
  .bubble {
    position: absolute;
    z-index: 10;
    inset-inline-start: 0;
    top: calc(100% + 0.25em);
    width: max-content;
    max-width: min(22em, calc(100vw - 2rem));
    padding: var(--_space-2) var(--_space-3);
    background: var(--_term-bubble-background);
    color: var(--_text);
    border: 2px solid var(--_term-bubble-border);
    border-radius: var(--_radius);
    font-size: var(--_font-size-small);
    font-weight: 400;
    font-style: normal;
    line-height: var(--_line-height);
    white-space: normal;
    text-align: start;
  }
  .term-name {
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .bubble {
      border-color: CanvasText;
    }
  }
  @media print {
    /* The term is the author's text: it prints, followed by its definition. */
    button {
      display: inline-block;
    }
    .bubble:not([hidden]),
    :host(:not([print='as-shown'])) .bubble[hidden] {
      display: inline;
      position: static;
      border: 0;
      padding: 0;
      background: none;
    }
    .bubble::before {
      content: ' (';
    }
    .bubble::after {
      content: ')';
    }
    .bubble .note,
    .bubble .term-name {
      display: none;
    }
  }
`;
