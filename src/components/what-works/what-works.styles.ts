import { css } from 'lit';

export const whatWorksStyles = css`
  :host {
    --_what-works-border: var(--eg-what-works-border-color, var(--_accent));
    --_what-works-background: var(--eg-what-works-background, transparent);
    margin-block: 0 var(--_space-4);
  }
  .items {
    list-style: none;
    margin: 0 0 var(--_space-3);
    padding: 0;
  }
  .item {
    border-inline-start: var(--_border-width-accent) solid var(--_what-works-border);
    background: var(--_what-works-background);
    padding-inline-start: var(--_space-3);
    margin-block: 0 var(--_space-4);
  }
  .detail {
    margin-block-end: var(--_space-3);
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
  .provenance {
    font-size: var(--_font-size-small);
    color: var(--_text-secondary);
  }
  .link-note {
    white-space: normal;
  }
  @media (forced-colors: active) {
    .item {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    button {
      display: none;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
