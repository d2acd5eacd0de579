import { css } from 'lit';

/*
 * A gap is a notice with a dashed outline (something missing) and a "?" icon:
 * visibly unlike a finding (solid accent bar and evidence meter) or a caveat ("!").
 * Shared by <eg-evidence-gap> and <eg-evidence-gaps>.
 */
export const evidenceGapsStyles = css`
  :host {
    --_gap-border: var(--eg-evidence-gap-border-color, var(--_border));
    --_gap-background: var(--eg-evidence-gap-background, transparent);
    margin-block: 0 var(--_space-4);
  }
  .intro {
    margin-block-end: var(--_space-3);
  }
  .gaps {
    list-style: none;
    margin: 0 0 var(--_space-3);
    padding: 0;
  }
  .gaps > li {
    margin: 0 0 var(--_space-3);
  }
  .gap {
    margin: 0;
  }
  .notice {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-3);
    border: 2px dashed var(--_gap-border);
    background: var(--_gap-background);
    padding: var(--_space-3);
    margin-block-end: var(--_space-3);
  }
  .icon {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 2rem;
    height: 2rem;
    border: 3px solid var(--_gap-border);
    border-radius: 50%;
    color: var(--_text);
    font-weight: 700;
    font-size: 1.25rem;
    line-height: 1;
  }
  .body {
    min-width: 0;
    padding-block-start: 0.2rem;
  }
  .body > :last-child {
    margin-block-end: 0;
  }
  .provenance {
    font-size: var(--_font-size-small);
    color: var(--_text-secondary);
  }
  .link-note {
    white-space: normal;
  }
  @media (forced-colors: active) {
    .notice,
    .icon {
      border-color: CanvasText;
    }
  }
  @media print {
    .gap {
      break-inside: avoid;
    }
    .notice {
      background: none;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
