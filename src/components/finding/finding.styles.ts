import { css } from 'lit';

export const findingStyles = css`
  :host {
    --_bar: var(--eg-finding-border-color, var(--_accent));
    --_finding-background: var(--eg-finding-background, transparent);
  }
  article {
    background: var(--_finding-background);
  }
`;
