import { css } from 'lit';

/* A notice in the manner of GOV.UK's warning text: a round "!" icon beside bold text. */
export const evidenceCaveatStyles = css`
  :host {
    --_caveat-border: var(--eg-evidence-caveat-border-color, var(--_text));
    --_caveat-background: var(--eg-evidence-caveat-background, transparent);
    margin-block: 0 var(--_space-4);
  }
  .notice {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-3);
    border-inline-start: var(--_border-width-accent) solid var(--_caveat-border);
    background: var(--_caveat-background);
    padding: var(--_space-2) var(--_space-3);
    margin-block-end: var(--_space-3);
  }
  .icon {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 2rem;
    height: 2rem;
    border: 3px solid var(--_caveat-border);
    border-radius: 50%;
    background: var(--_caveat-border);
    color: var(--_surface);
    font-weight: 700;
    font-size: 1.25rem;
    line-height: 1;
  }
  .body {
    min-width: 0;
    padding-block-start: 0.2rem;
  }
  .provenance {
    font-size: var(--_font-size-small);
    color: var(--_text-secondary);
  }
  .link-note {
    white-space: normal;
  }
  @media (forced-colors: active) {
    .notice {
      border-inline-start-color: CanvasText;
    }
    .icon {
      forced-color-adjust: none;
      background: CanvasText;
      border-color: CanvasText;
      color: Canvas;
    }
  }
  @media print {
    .notice {
      break-inside: avoid;
      background: none;
    }
    .icon {
      background: none;
      color: var(--_text);
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
