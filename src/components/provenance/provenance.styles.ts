import { css } from 'lit';

/** Scoped to its own classes, as it may share a shadow root with other views. */
export const provenanceStyles = css`
  .age-notice {
    --_bar: var(--eg-provenance-notice-border-color, var(--_accent));
    background: var(--eg-provenance-notice-background, var(--_surface));
    padding: var(--_space-2) var(--_space-3);
    font-weight: 700;
  }
  .details {
    margin: 0;
  }
  .details > div {
    margin-block-end: var(--_space-2);
  }
  .details dt {
    font-weight: 700;
  }
  .details dd {
    margin: 0;
  }
`;
