import { css } from 'lit';

/** A finding's markup, wherever it is rendered: scoped to `.finding`, as it shares a shadow root with other views. */
export const findingStyles = css`
  .finding {
    --_bar: var(--eg-finding-border-color, var(--_accent));
    background: var(--eg-finding-background, transparent);
  }
  .finding .related .label {
    font-weight: 700;
    margin-block-end: var(--_space-3);
  }
  .finding .related ul {
    margin: 0 0 var(--_space-3);
    padding-inline-start: var(--_space-4);
  }
  .related-statement {
    display: block;
  }
`;
