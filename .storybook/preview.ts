/// <reference types="vite/client" />
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { setParseWorkerUrl } from '../src/runtime/worker-url.js';

// Stories with `src` read their Markdown in the parse worker. Vite does not emit it beside the
// runtime, so Storybook serves the CDN build's self-contained worker (see staticDirs in main.ts),
// as a bundled app would (docs/embedding.md).
setParseWorkerUrl('eg-worker/parse-worker.js');

// Autodocs build their tables and controls from the manifest (`npm run build:manifest`),
// keyed by name alone. Three fixes, so each row is one thing an author can use:
// - a reflecting field is listed twice (property and attribute): keep the attribute
//   (stories use attribute names as args);
// - private fields are listed: drop them;
// - a part can share a name with an attribute (`finding`) and would replace it: list
//   parts as `::part(name)`, the way a stylesheet names them.
interface Declaration {
  members?: { privacy?: string; attribute?: string }[];
  cssParts?: { name: string }[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}
const cem = manifest as unknown as Manifest;
setCustomElementsManifest({
  ...cem,
  modules: cem.modules.map((module) => ({
    ...module,
    declarations: module.declarations?.map((declaration) => ({
      ...declaration,
      members: declaration.members?.filter((member) => !member.privacy && !member.attribute),
      cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
    })),
  })),
});

/** CSS parts and custom properties are documented, not controlled: no story applies them. */
const noControlsForCss: NonNullable<Preview['argTypesEnhancers']>[number] = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [
      name,
      String(argType.table?.category).startsWith('css ') ? { ...argType, control: { disable: true } } : argType,
    ]),
  );

const THEMES = ['default', 'govuk', 'nhs', 'localgov', 'high-contrast', 'dark'] as const;

// Theme stylesheets (src/themes/<name>.css), loaded when chosen into one <style> in the
// preview's head (a theme sets `:root` too, so only one is in the page at a time).
// A theme with no file only sets the wrapper's class.
const themeCss = import.meta.glob<string>('../src/themes/*.css', { query: '?inline', import: 'default' });
let requestedTheme = '';

function useThemeStylesheet(name: string): void {
  if (name === requestedTheme) return;
  requestedTheme = name;
  const load = themeCss[`../src/themes/${name}.css`];
  const apply = (css: string) => {
    if (requestedTheme !== name) return; // the toolbar moved on while this loaded
    let style = document.head.querySelector<HTMLStyleElement>('style#eg-theme');
    if (!style) {
      style = document.createElement('style');
      style.id = 'eg-theme';
      document.head.append(style);
    }
    style.textContent = css;
  };
  if (load) load().then(apply, (error: unknown) => console.warn(`Storybook: theme "${name}" failed to load`, error));
  else apply('');
}

/** Wraps every story in `<div lang="…" class="eg-theme-…">`, from the toolbar's language and theme. */
const withLangAndTheme: Decorator = (story, { globals }) => {
  const lang = String(globals.lang ?? 'en');
  const theme = String(globals.theme ?? 'default');
  useThemeStylesheet(theme);
  return html`<div lang=${lang} class="eg-theme-${theme}">${story()}</div>`;
};

const preview: Preview = {
  decorators: [withLangAndTheme],
  argTypesEnhancers: [noControlsForCss],
  parameters: {
    options: {
      // The docs pages first, in reading order (the same order as DOCS_PAGES in docs-pages.ts:
      // Storybook reads storySort statically, so it cannot import the list), then the widgets.
      storySort: {
        order: [
          'Docs',
          ['Getting started', 'Embedding in a CMS', 'The evidence scale', 'Theming', 'Content authoring', 'Accessibility', 'Security, privacy and CSP'],
          'Widgets',
        ],
      },
    },
    // Axe violations fail the story's accessibility check instead of being listed as warnings.
    a11y: { test: 'error' },
    controls: {
      matchers: {
        // Not the `--eg-*` custom properties: autodocs list them without a value type.
        color: /^(?!--).*(background|color)$/i,
        date: /Date$/i,
      },
    },
  },
  globalTypes: {
    lang: {
      description: 'Language of the page around the widget',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'cy', title: 'Cymraeg' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme stylesheet and eg-theme-* class on the wrapper',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: THEMES.map((value) => ({ value, title: value })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en', theme: 'default' },
};

export default preview;
