import { css } from 'lit';

/* The notice (src/styles/notice.ts) with an accent bar and a filled "!" icon; scoped to `.caveat`, as it may share a shadow root with other views. */
export const evidenceCaveatStyles = css`
  .caveat {
    --_notice: var(--eg-evidence-caveat-border-color, var(--_text));
    --_bar: var(--_notice);
    --_caveat-background: var(--eg-evidence-caveat-background, transparent);
  }
  .caveat .notice {
    background: var(--_caveat-background);
    padding: var(--_space-2) var(--_space-3);
  }
  .caveat .icon {
    background: var(--_notice);
    color: var(--_surface);
  }
  @media (forced-colors: active) {
    .caveat .icon {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
  }
  @media print {
    .caveat .icon {
      background: none;
      color: var(--_text);
    }
  }
`;
