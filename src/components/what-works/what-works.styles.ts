import { css } from 'lit';

/** Scoped to `.item`, as it may share a shadow root with other views. */
export const whatWorksStyles = css`
  .item {
    --_bar: var(--eg-what-works-border-color, var(--_accent));
    background: var(--eg-what-works-background, transparent);
    margin-block: 0 var(--_space-4);
  }
  .item .label {
    font-weight: 700;
    margin-block-end: var(--_space-1);
  }
  .item .rests-on ul,
  .item .related ul {
    margin: 0 0 var(--_space-3);
    padding-inline-start: var(--_space-4);
  }
  .item .rests-on li {
    margin-block-end: var(--_space-2);
  }
  .item .finding {
    display: block;
  }
`;
