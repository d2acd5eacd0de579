import { css } from 'lit';

export const findingStyles = css`
  :host {
    --_bar: var(--eg-finding-border-color, var(--_accent));
    --_finding-background: var(--eg-finding-background, transparent);
  }
  article {
    background: var(--_finding-background);
  }
  .scale-note {
    margin: 0 0 var(--_space-3);
  }
  /* Spaced as the pasted snippet's paragraphs are, so the upgrade does not move what follows. */
  .related .label {
    font-weight: 700;
    margin-block-end: var(--_space-3);
  }
  .related ul {
    margin: 0 0 var(--_space-3);
    padding-inline-start: var(--_space-4);
  }
  .related-statement {
    display: block;
  }
`;
