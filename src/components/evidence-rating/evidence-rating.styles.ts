import { css } from 'lit';

/**
 * The rating's own markup, wherever it is rendered (alone, or inside a finding or a list):
 * every rule is scoped to `.rating`, as these rules share a shadow root with other views.
 */
export const ratingViewStyles = css`
  .rating {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-1) var(--_space-2);
    margin-block: 0 var(--_space-3);
  }
  .rating .rating-label {
    color: var(--_text-secondary);
  }
  .rating .wording {
    font-weight: 700;
  }
  .rating .scale-note {
    flex-basis: 100%;
    margin: 0;
  }
`;
