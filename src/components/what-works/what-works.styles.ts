import { css } from 'lit';

export const whatWorksStyles = css`
  :host {
    --_bar: var(--eg-what-works-border-color, var(--_accent));
    --_what-works-background: var(--eg-what-works-background, transparent);
  }
  .item {
    background: var(--_what-works-background);
    margin-block: 0 var(--_space-4);
  }
  .label {
    font-weight: 700;
    margin-block-end: var(--_space-1);
  }
  .rests-on ul,
  .related ul {
    margin: 0 0 var(--_space-3);
    padding-inline-start: var(--_space-4);
  }
  .rests-on li {
    margin-block-end: var(--_space-2);
  }
  .finding {
    display: block;
  }
`;
