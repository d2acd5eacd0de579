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
  details {
    flex-basis: 100%;
    font-size: var(--_font-size-small);
  }
  summary {
    cursor: pointer;
    color: var(--_link);
    text-decoration: underline;
    width: max-content;
    max-width: 100%;
  }
  details p {
    margin: var(--_space-1) 0 0;
  }
  @media print {
    :host(:not([print='as-shown'])) details > :not(summary),
    :host(:not([print='as-shown'])) details::details-content {
      display: block;
      content-visibility: visible;
    }
  }
`;
