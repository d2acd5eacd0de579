import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Offline machines: telemetry only slows the build down (about 10 s).
  core: { disableTelemetry: true },
  // In `storybook dev`, Storybook's renderer imports `lit/directive-helpers.js`, which Vite
  // would otherwise serve unbundled, loading a second lit-html beside the pre-bundled one
  // ("Multiple versions of Lit loaded"; storybookjs/storybook#31507). Pre-bundle it too.
  viteFinal: (vite) => ({
    ...vite,
    optimizeDeps: { ...vite.optimizeDeps, include: [...(vite.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'] },
  }),
};

export default config;
