import { css } from 'lit';

/*
 * A gap is a notice (src/styles/notice.ts) with a dashed outline (something missing) and a
 * "?" icon: visibly unlike a finding (solid accent bar and evidence meter) or a caveat ("!").
 * Shared by <eg-evidence-gap> and <eg-evidence-gaps>; scoped to `.gap`, as it may share a shadow root with other views.
 */
export const evidenceGapsStyles = css`
  .gap {
    --_notice: var(--eg-evidence-gap-border-color, var(--_border));
    --_gap-background: var(--eg-evidence-gap-background, transparent);
  }
  .gaps > li {
    margin: 0 0 var(--_space-3);
  }
  .gap .notice {
    border: 2px dashed var(--_notice);
    background: var(--_gap-background);
    padding: var(--_space-3);
  }
  .gap .icon {
    color: var(--_text);
  }
  .gap .body > :last-child {
    margin-block-end: 0;
  }
  @media (forced-colors: active) {
    .gap .notice {
      border-color: CanvasText;
    }
  }
`;
