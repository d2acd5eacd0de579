import { css } from 'lit';

/*
 * A gap is a notice (src/styles/notice.ts) with a dashed outline (something missing) and a
 * "?" icon: visibly unlike a finding (solid accent bar and evidence meter) or a caveat ("!").
 * Shared by <eg-evidence-gap> and <eg-evidence-gaps>.
 */
export const evidenceGapsStyles = css`
  :host {
    --_notice: var(--eg-evidence-gap-border-color, var(--_border));
    --_gap-background: var(--eg-evidence-gap-background, transparent);
  }
  .gaps > li {
    margin: 0 0 var(--_space-3);
  }
  .notice {
    border: 2px dashed var(--_notice);
    background: var(--_gap-background);
    padding: var(--_space-3);
  }
  .icon {
    color: var(--_text);
  }
  .body > :last-child {
    margin-block-end: 0;
  }
  @media (forced-colors: active) {
    .notice {
      border-color: CanvasText;
    }
  }
  @media print {
    .gap {
      break-inside: avoid;
    }
  }
`;
