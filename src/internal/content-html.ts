import { unsafeHTML } from 'lit/directives/unsafe-html.js';

/**
 * The one place where HTML from content reaches the page. Every `*Html` field of a
 * summary has passed the allow-list in `src/content/allow-list.ts` (at build time for
 * bundled content). Attribute values and other strings are never rendered through here:
 * they are always text.
 */
export function contentHtml(html: string): ReturnType<typeof unsafeHTML> {
  return unsafeHTML(html);
}
