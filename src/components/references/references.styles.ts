import { css } from 'lit';

/** Scoped to its own classes, as it may share a shadow root with other views. */
export const referencesStyles = css`
  .entries,
  .single {
    --_references-role: var(--eg-references-role-color, var(--_text-secondary));
    --_references-divider: var(--eg-references-divider-color, var(--_border));
  }
  .entries {
    margin: 0;
  }
  .entry {
    padding-block: var(--_space-3);
    border-block-end: var(--_border-width) solid var(--_references-divider);
  }
  .entries > .entry:first-child {
    border-block-start: var(--_border-width) solid var(--_references-divider);
  }
  .single > .entry {
    border: 0;
    padding-block: 0;
  }
  .entry .role {
    font-size: var(--_font-size-small);
    font-weight: 700;
    color: var(--_references-role);
    margin-block-end: var(--_space-1);
  }
  .entry .citation {
    margin-block-end: var(--_space-1);
  }
  .citation a.url {
    overflow-wrap: anywhere;
  }
  .link-note {
    margin-block-end: var(--_space-2);
  }
  .copy {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-1) var(--_space-3);
  }
  .copy button {
    /* Welsh labels are longer: let them wrap rather than overflow. */
    white-space: normal;
    text-align: start;
    min-block-size: 2.75rem;
  }
  /* Always rendered (never display: none), so the live region is in the accessibility tree before it speaks. */
  .copy-status {
    font-weight: 700;
  }
  .fallback {
    margin-block-start: var(--_space-2);
  }
  .fallback label {
    display: block;
    font-weight: 700;
    margin-block-end: var(--_space-1);
  }
  .hint {
    margin-block-end: var(--_space-1);
  }
  textarea {
    display: block;
    inline-size: 100%;
    font: inherit;
    color: var(--_text);
    background: var(--_canvas);
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    padding: var(--_space-1) var(--_space-2);
    resize: vertical;
  }
  textarea:focus-visible {
    /* Yellow halo inside a dark ring: visible on light and dark backgrounds. */
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_focus-text);
  }
  @media (forced-colors: active) {
    .entry {
      border-color: CanvasText;
    }
    textarea:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    .copy,
    .fallback {
      display: none;
    }
  }
`;
