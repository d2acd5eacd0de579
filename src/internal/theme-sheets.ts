/**
 * The `theme` attribute's loader, a chunk of its own: loaded by the first widget that asks
 * for a theme, so pages that link a theme stylesheet (or use none) never load it.
 */
import { THEME_LOADERS } from '../generated/themes/index.js';

const sheets = new Map<string, Promise<CSSStyleSheet>>();
const themeSheets = new WeakSet<CSSStyleSheet>();

function loadSheet(name: string): Promise<CSSStyleSheet> {
  let sheet = sheets.get(name);
  if (!sheet) {
    sheet = THEME_LOADERS[name]!().then((m) => {
      const s = new CSSStyleSheet();
      s.replaceSync(m.default);
      themeSheets.add(s);
      return s;
    });
    sheet.catch(() => sheets.delete(name));
    sheets.set(name, sheet);
  }
  return sheet;
}

/**
 * Adopts theme `name`'s sheet into `root` in place of any theme sheet it has (none when
 * `name` is undefined), unless `stillWanted()` says the widget has since asked for another.
 */
export async function applyTheme(root: ShadowRoot, name: string | undefined, stillWanted: () => boolean): Promise<void> {
  const sheet = name ? await loadSheet(name) : undefined;
  if (!stillWanted()) return;
  const others = root.adoptedStyleSheets.filter((s) => !themeSheets.has(s));
  root.adoptedStyleSheets = sheet ? [...others, sheet] : others;
}
