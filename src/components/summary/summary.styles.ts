import { css } from 'lit';

export const summaryStyles = css`
  :host {
    --_summary-rule: var(--eg-summary-rule-color, var(--_border));
  }
  .title {
    margin-block-end: var(--_space-3);
  }
  .series {
    display: block;
    font-weight: 400;
    color: var(--_text-secondary);
  }
  nav {
    border-inline-start: var(--_border-width) solid var(--_summary-rule);
    padding-inline-start: var(--_space-3);
    margin-block: var(--_space-3) var(--_space-4);
  }
  nav ol {
    margin: 0;
    padding-inline-start: var(--_space-4);
  }
  nav li {
    margin-block: var(--_space-1);
  }
  .section {
    margin-block: var(--_space-4);
    padding-block-start: var(--_space-3);
    border-block-start: var(--_border-width) solid var(--_summary-rule);
  }
  .section > *:last-child {
    margin-block-end: 0;
  }
  .glossary dt {
    font-weight: 700;
  }
  .glossary dd {
    margin: 0 0 var(--_space-2);
  }
  [tabindex='-1']:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media print {
    nav {
      display: none;
    }
  }
`;
