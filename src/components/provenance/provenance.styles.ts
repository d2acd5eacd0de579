import { css } from 'lit';

export const provenanceStyles = css`
  :host {
    --_provenance-notice-border: var(--eg-provenance-notice-border-color, var(--_accent));
    --_provenance-notice-background: var(--eg-provenance-notice-background, var(--_surface));
    margin-block: 0 var(--_space-4);
  }
  .age-notice {
    border-inline-start: var(--_border-width-accent) solid var(--_provenance-notice-border);
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
  .link-note {
    font-size: var(--_font-size-small);
    color: var(--_text-secondary);
  }
  @media (forced-colors: active) {
    .age-notice {
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
