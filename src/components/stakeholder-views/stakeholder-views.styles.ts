import { css } from 'lit';

/*
 * A view is a speech bubble (the panel) with its holders underneath, like a caption
 * naming the speakers: visibly unlike a finding's accent bar. Scoped to `.view`, as it may
 * share a shadow root with other views.
 */
export const stakeholderViewsStyles = css`
  .view {
    --_views-background: var(--eg-stakeholder-views-background, var(--_surface));
    --_views-border: var(--eg-stakeholder-views-border-color, var(--_border));
  }
  .views > li {
    margin: 0 0 var(--_space-4);
  }
  .panel {
    position: relative;
    background: var(--_views-background);
    border: var(--_border-width) solid var(--_views-border);
    border-radius: 0.75rem;
    padding: var(--_space-3);
    margin-block-end: var(--_space-3);
  }
  /* The bubble's tail, pointing down at who holds the view. */
  .panel::after {
    content: '';
    position: absolute;
    inset-block-end: -0.5rem;
    inset-inline-start: var(--_space-4);
    width: 1rem;
    height: 1rem;
    background: var(--_views-background);
    border-inline-end: var(--_border-width) solid var(--_views-border);
    border-block-end: var(--_border-width) solid var(--_views-border);
    transform: rotate(45deg);
  }
  .panel > :last-child {
    margin-block-end: 0;
  }
  .view .label {
    display: block;
    font-size: var(--_font-size-small);
    font-weight: 700;
    color: var(--_text-secondary);
    letter-spacing: 0.02em;
    margin-block-end: var(--_space-1);
  }
  .view .holders {
    padding-inline-start: var(--_space-3);
    margin-block-end: var(--_space-2);
  }
  .note {
    font-size: var(--_font-size-small);
  }
  @media (forced-colors: active) {
    .panel,
    .panel::after {
      border-color: CanvasText;
      background: Canvas;
    }
  }
  @media print {
    .panel,
    .panel::after {
      background: none;
    }
  }
`;
