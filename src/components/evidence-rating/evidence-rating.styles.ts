import { css } from 'lit';

export const evidenceRatingStyles = css`
  :host {
    margin-block: 0 var(--_space-3);
  }
  .rating {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-1) var(--_space-2);
  }
  .label {
    color: var(--_text-secondary);
  }
  .wording {
    font-weight: 700;
  }
  .scale-note {
    flex-basis: 100%;
    margin: 0;
  }
`;
