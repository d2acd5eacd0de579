import { css } from 'lit';

export const findingStyles = css`
  :host {
    --_finding-border: var(--eg-finding-border-color, var(--_accent));
    --_finding-background: var(--eg-finding-background, transparent);
    margin-block: 0 var(--_space-4);
  }
  article {
    border-inline-start: var(--_border-width-accent) solid var(--_finding-border);
    background: var(--_finding-background);
    padding-inline-start: var(--_space-3);
  }
  .detail {
    margin-block-end: var(--_space-3);
  }
  .provenance {
    font-size: var(--_font-size-small);
    color: var(--_text-secondary);
  }
  .link-note {
    white-space: normal;
  }
  @media (forced-colors: active) {
    article {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    a[href]::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
