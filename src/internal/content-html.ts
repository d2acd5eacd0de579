import type { TemplateResult } from 'lit';

const results = new Map<string, TemplateResult>();

/**
 * The one place where HTML from content reaches the page. Every `*Html` field of a
 * summary has passed the allow-list in `src/content/allow-list.ts` (at build time for
 * bundled content; in the browser, for a `src` file). Attribute values and other strings
 * are never rendered through here: they are always text.
 *
 * The block is a template whose only text is the HTML, as Lit's `unsafeHTML` makes (its
 * strings array carries `raw`, as a tagged template's does), without the directive
 * machinery, which the core bundle then need not carry. One result per distinct block, so
 * that Lit's template cache (keyed by the strings array) holds each block once and a
 * re-render with the same content changes nothing.
 */
export function contentHtml(html: string): TemplateResult {
  let result = results.get(html);
  if (!result) {
    const strings = Object.assign([html], { raw: [html] }) as unknown as TemplateStringsArray;
    result = { ['_$litType$']: 1, strings, values: [] } as unknown as TemplateResult;
    results.set(html, result);
  }
  return result;
}
