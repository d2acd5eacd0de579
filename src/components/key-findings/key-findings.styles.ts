import { css } from 'lit';

/** Scoped to its own classes, as it may share a shadow root with other views. */
export const keyFindingsStyles = css`
  .note.bar {
    --_bar: var(--eg-key-findings-note-border-color, var(--_border));
  }
  .intro > :first-child {
    margin-block-start: 0;
  }
  .findings > li {
    margin: 0 0 var(--eg-key-findings-gap, var(--_space-4));
  }
  .conclusion-label {
    font-weight: 700;
    margin: 0 0 var(--_space-1);
  }
  .findings > li:last-child {
    margin-block-end: var(--_space-3);
  }
`;
