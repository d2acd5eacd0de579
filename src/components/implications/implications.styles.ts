import { css } from 'lit';

/** Scoped to its own classes, as it may share a shadow root with other views. */
export const implicationsStyles = css`
  .switch,
  .group {
    --_bar: var(--eg-implications-accent-color, var(--_accent));
  }
  .switch {
    border: var(--_border-width) solid var(--eg-implications-switch-border-color, var(--_border));
    border-radius: var(--_radius);
    margin: 0 0 var(--_space-4);
    padding: var(--_space-2) var(--_space-3) var(--_space-3);
    min-inline-size: 0;
  }
  .switch legend {
    font-weight: 700;
    padding-inline: var(--_space-1);
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-4);
  }
  .option {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    cursor: pointer;
    /* A target of at least 24 by 24 CSS pixels (WCAG 2.5.8). */
    min-block-size: 2.75rem;
  }
  input[type='radio'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--_bar);
    cursor: pointer;
  }
  input[type='radio']:focus-visible {
    /* Yellow halo inside a dark ring: visible on light and dark backgrounds. */
    outline: 3px solid var(--_focus-text);
    outline-offset: 3px;
    box-shadow: 0 0 0 3px var(--_focus);
  }
  .group {
    margin-block: 0 var(--_space-4);
  }
  .group .items {
    margin: 0;
  }
  .implication {
    margin-block: 0 var(--_space-3);
  }
  .implication .statement {
    margin-block-end: var(--_space-1);
  }
  .points ul {
    margin: 0 0 var(--_space-2);
    padding-inline-start: var(--_space-4);
  }
  @media (forced-colors: active) {
    .switch {
      border-color: CanvasText;
    }
    input[type='radio']:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    /* A printed page cannot be switched: every audience prints unless print="as-shown". */
    .switch {
      display: none;
    }
    :host(:not([print='as-shown'])) .group[hidden] {
      display: block;
    }
  }
`;
