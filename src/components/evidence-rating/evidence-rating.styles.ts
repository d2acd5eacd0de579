import { css } from 'lit';

export const evidenceRatingStyles = css`
  :host {
    --_rating-meter: var(--eg-evidence-rating-meter-color, var(--_meter));
    --_rating-border: var(--eg-evidence-rating-border-color, var(--_text));
    margin-block: 0 var(--_space-3);
  }
  .rating {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-1) var(--_space-2);
  }
  .meter {
    display: inline-flex;
    gap: 2px;
    flex: none;
  }
  .meter span {
    display: inline-block;
    width: 0.75em;
    height: 1em;
    border: 2px solid var(--_rating-border);
    background: var(--_meter-empty);
  }
  .meter span.filled {
    background: var(--_rating-meter);
    border-color: var(--_rating-meter);
  }
  .label {
    color: var(--_text-secondary);
  }
  .level {
    font-weight: 700;
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
  @media (forced-colors: active) {
    .meter span {
      border-color: CanvasText;
    }
    .meter span.filled {
      background: CanvasText;
    }
  }
  @media print {
    :host(:not([print='as-shown'])) details > :not(summary),
    :host(:not([print='as-shown'])) details::details-content {
      display: block;
      content-visibility: visible;
    }
  }
`;
