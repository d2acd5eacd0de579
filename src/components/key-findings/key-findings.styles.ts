import { css } from 'lit';

export const keyFindingsStyles = css`
  :host {
    --_bar: var(--eg-key-findings-note-border-color, var(--_border));
    --_key-findings-gap: var(--eg-key-findings-gap, var(--_space-4));
  }
  .intro > :first-child {
    margin-block-start: 0;
  }
  .findings > li {
    margin: 0 0 var(--_key-findings-gap);
  }
  .conclusion-label {
    font-weight: 700;
    margin: 0 0 var(--_space-1);
  }
  .findings > li:last-child {
    margin-block-end: var(--_space-3);
  }
  @media print {
    .findings > li {
      break-inside: avoid;
    }
  }
`;
