/**
 * The build-time sanitizer: sanitize-html with the one allow-list from
 * `src/content/allow-list.ts`. Runs in Node with no DOM. It reports everything
 * the allow-list removes, so the build can fail instead of dropping content silently.
 */
import sanitizeHtml from 'sanitize-html';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS, ALLOWED_URL_SCHEMES, NON_TEXT_TAGS, URL_ATTRIBUTES, urlRejection } from '../../src/content/allow-list.js';
import type { HtmlSanitizer } from '../../src/content/parse.js';

const STRICT: sanitizeHtml.IOptions = {
  allowedTags: [...ALLOWED_TAGS],
  allowedAttributes: Object.fromEntries(Object.entries(ALLOWED_ATTRIBUTES).map(([k, v]) => [k, [...v]])),
  allowedSchemes: [...ALLOWED_URL_SCHEMES],
  allowedSchemesAppliedToAttributes: [...URL_ATTRIBUTES],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Drop the content of elements that are never text.
  nonTextTags: [...NON_TEXT_TAGS],
};

function describeRejections(html: string): string[] {
  const rejected: string[] = [];
  // A permissive pass that only records what it sees; same parser as the strict pass.
  sanitizeHtml(html, {
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    transformTags: {
      '*': (tagName, attribs) => {
        if (!(ALLOWED_TAGS as readonly string[]).includes(tagName)) {
          rejected.push(`the element "<${tagName}"`);
        } else {
          const allowed = ALLOWED_ATTRIBUTES[tagName] ?? [];
          for (const [name, value] of Object.entries(attribs)) {
            if (!allowed.includes(name)) rejected.push(`the attribute "${name}" on <${tagName}>`);
            else if ((URL_ATTRIBUTES as readonly string[]).includes(name)) {
              const why = urlRejection(value);
              if (why) rejected.push(why);
            }
          }
        }
        return { tagName, attribs };
      },
    },
  });
  return rejected;
}

/** Sanitizes `html` with the allow-list; `rejected` says what it removed (empty when nothing). */
export const sanitizeForBuild: HtmlSanitizer = (html) => {
  const clean = sanitizeHtml(html, STRICT);
  const rejected = describeRejections(html);
  // Belt and braces: if the strict pass changed anything the description missed, say so.
  if (rejected.length === 0) {
    const same = sanitizeHtml(html, { allowedTags: false, allowedAttributes: false, allowVulnerableTags: true });
    if (same !== clean) rejected.push('markup "' + firstDifference(same, clean) + '" that is not on the allow-list');
  }
  return { html: clean, rejected };
};

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(Math.max(0, i - 10), i + 30);
}
