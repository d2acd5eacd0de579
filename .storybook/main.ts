import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The Markdown files the `src` stories show, at the same path as in the repository (the
  // stories' relative `src` resolves the same in Storybook and in test/stories.test.ts).
  // And the `src` parse worker, self-contained in the CDN build (`npm run build` makes it), at
  // the URL preview.ts gives setParseWorkerUrl.
  staticDirs: [
    { from: '../test/fixtures/src', to: '/test/fixtures/src' },
    { from: '../cdn/chunks', to: '/eg-worker' },
  ],
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
