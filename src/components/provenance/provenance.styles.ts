import { css } from 'lit';

export const provenanceStyles = css`
  :host {
    --_bar: var(--eg-provenance-notice-border-color, var(--_accent));
    --_provenance-notice-background: var(--eg-provenance-notice-background, var(--_surface));
  }
  .age-notice {
    background: var(--_provenance-notice-background);
    padding: var(--_space-2) var(--_space-3);
    font-weight: 700;
  }
  dl {
    margin: 0;
  }
  dl > div {
    margin-block-end: var(--_space-2);
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
`;
