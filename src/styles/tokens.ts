import { css } from 'lit';

/**
 * Token defaults: the only module with raw colour values.
 *
 * Each public token (`--eg-*`, documented in docs/theming.md) is read once here, at
 * `:host`, into a private variable (`--_*`) with a default. Component styles read
 * only the private variables. A theme stylesheet, or any page, sets the public
 * tokens; a widget with no theme at all still looks right.
 *
 * The defaults meet WCAG 2.2 AA on a white background (text 19.8:1, secondary
 * text 9.1:1, links 6.5:1, borders 3:1 or more).
 */
export const tokens = css`
  :host {
    /* No default font: without --eg-font-family, font-family is invalid at computed-value time
       and so inherits the host page's font. A widget looks at home, and a pasted snippet keeps its size on upgrade. */
    --_font: var(--eg-font-family);
    --_font-size: var(--eg-font-size, 1rem);
    --_font-size-small: var(--eg-font-size-small, 0.875rem);
    --_line-height: var(--eg-line-height, 1.5);
    --_heading-weight: var(--eg-heading-font-weight, 700);
    --_text: var(--eg-color-text, #0b0c0c);
    --_text-secondary: var(--eg-color-text-secondary, #484949);
    --_canvas: var(--eg-color-canvas, transparent);
    --_surface: var(--eg-color-surface, #f4f8fb);
    --_border: var(--eg-color-border, #8a8a8a);
    --_accent: var(--eg-color-accent, #1d70b8);
    --_link: var(--eg-color-link, #1a65a6);
    --_link-visited: var(--eg-color-link-visited, #54319f);
    --_focus: var(--eg-color-focus, #ffdd00);
    --_focus-text: var(--eg-color-focus-text, #0b0c0c);
    --_error: var(--eg-color-error, #ca3535);
    --_space-1: var(--eg-space-1, 0.25rem);
    --_space-2: var(--eg-space-2, 0.5rem);
    --_space-3: var(--eg-space-3, 1rem);
    --_space-4: var(--eg-space-4, 1.5rem);
    --_radius: var(--eg-radius, 0);
    --_border-width: var(--eg-border-width, 1px);
    --_border-width-accent: var(--eg-border-width-accent, 5px);
  }
`;
