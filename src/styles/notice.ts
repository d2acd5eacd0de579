import { css } from 'lit';

/*
 * A notice in the manner of GOV.UK's warning text: a round icon ("!", "?") beside its
 * heading and text. Shared by <eg-evidence-caveat> and the evidence gaps, which each
 * set --_notice (the icon's ring) and the notice's own border and background.
 */
export const noticeStyles = css`
  .notice {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-3);
    margin-block-end: var(--_space-3);
  }
  .icon {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 2rem;
    height: 2rem;
    border: 3px solid var(--_notice);
    border-radius: 50%;
    font-weight: 700;
    font-size: 1.25rem;
    line-height: 1;
  }
  .body {
    min-width: 0;
    padding-block-start: 0.2rem;
  }
  @media (forced-colors: active) {
    .icon {
      border-color: CanvasText;
    }
  }
  @media print {
    .notice {
      background: none;
    }
  }
`;
