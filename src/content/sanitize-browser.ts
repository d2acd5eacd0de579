/**
 * The browser's sanitizer, for summaries a page loads with `src`: DOMPurify with the one
 * allow-list from `allow-list.ts`. It is the browser half of the build's sanitizer
 * (`scripts/lib/sanitize.ts`, sanitize-html): the same elements, the same attributes per
 * element, the same URL rule and the same elements whose content goes with them. Like the
 * build's, it reports what it removes, in the same words, so the parser turns each removal
 * into a diagnostic and the summary is not shown at all (nothing is dropped silently).
 *
 * Trusted Types: DOMPurify parses the HTML through its own policy, named `dompurify`,
 * created on the first call. It returns a plain string, which reaches the page only
 * through `contentHtml` (Lit's `lit-html` policy), the one place content HTML is rendered.
 *
 * Loaded only with the `src` runtime (`src/runtime/markdown-source.ts`), never in the core bundle.
 */
import createDOMPurify, { type Config } from 'dompurify';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS, ALLOWED_URL_PATTERN, NON_TEXT_TAGS, URL_ATTRIBUTES, urlRejection } from './allow-list.js';
import type { HtmlSanitizer } from './parse-steps.js';

const TAGS: readonly string[] = ALLOWED_TAGS;
const URL_ATTRS: readonly string[] = URL_ATTRIBUTES;
const NON_TEXT: readonly string[] = NON_TEXT_TAGS;
const ATTRIBUTES = [...new Set(Object.values(ALLOWED_ATTRIBUTES).flat())];
const allowedOn = (tag: string): readonly string[] => ALLOWED_ATTRIBUTES[tag] ?? [];

/**
 * The allow-list as DOMPurify's configuration. DOMPurify allows attributes for every
 * element alike, so the per-element rule is a hook (below). It tests every allowed
 * attribute that is not "URI-safe" against `ALLOWED_URI_REGEXP`, so only the URL
 * attributes (`href`, `cite`) are left to that test.
 */
export const DOMPURIFY_CONFIG = {
  ALLOWED_TAGS: [...TAGS],
  ALLOWED_ATTR: ATTRIBUTES,
  ADD_URI_SAFE_ATTR: ATTRIBUTES.filter((a) => !URL_ATTRS.includes(a)),
  ALLOWED_URI_REGEXP: ALLOWED_URL_PATTERN,
  FORBID_CONTENTS: [...NON_TEXT],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  // Parse into <body> even when the HTML starts with <script>, <style>, <base>, <meta>, <link>
  // or <title>: without it the parser puts those in <head>, which is never visited, so they
  // would vanish unreported (and the summary be shown) where the build fails.
  FORCE_BODY: true,
  RETURN_TRUSTED_TYPE: false,
} satisfies Config;

let purifier: ReturnType<typeof createDOMPurify> | undefined;
let found: string[] = [];
/** The <body> DOMPurify parses into: it lists it as removed (it hoists its content), but it is not content. */
let root: Node | undefined;

/** DOMPurify's own marker for FORCE_BODY, removed before the walk (a `<remove>` the content wrote is visited and described). */
const isMarker = (node: Node) => node.nodeName === 'REMOVE' && !node.parentNode;

/** What the build would say it removed from `el` (an element), in the build's words. */
function describe(el: Element): void {
  const tag = el.localName;
  if (!TAGS.includes(tag)) {
    found.push(`the element "<${tag}"`);
    // Its content goes with it, unvisited: name the elements inside, as the build does.
    if (NON_TEXT.includes(tag)) for (const inner of el.querySelectorAll('*')) found.push(`the element "<${inner.localName}"`);
    return;
  }
  for (const { name, value } of el.attributes) {
    if (!allowedOn(tag).includes(name)) found.push(`the attribute "${name}" on <${tag}>`);
    else if (URL_ATTRS.includes(name)) {
      const why = urlRejection(value);
      if (why) found.push(why);
    }
  }
}

/** A private DOMPurify instance (its hooks never touch a copy the host page uses). */
export function purify(): ReturnType<typeof createDOMPurify> {
  if (purifier) return purifier;
  const p = createDOMPurify(window);
  p.addHook('uponSanitizeElement', (node) => {
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    if (node !== node.ownerDocument?.body) describe(node as Element);
    // The <body> DOMPurify parses into: it has attributes only if the content wrote a <body> tag.
    else if ((root = node) && (node as Element).attributes.length) found.push('the element "<body"');
  });
  p.addHook('uponSanitizeAttribute', (node, data) => {
    if (!allowedOn((node as Element).localName).includes(data.attrName)) data.keepAttr = false;
  });
  // Where the page requires Trusted Types and its policy does not allow `dompurify`, DOMPurify
  // cannot parse anything and returns '' for every input: every text would vanish without a
  // word. Fail loudly instead.
  if (p.sanitize('<b>x</b>', DOMPURIFY_CONFIG) !== '<b>x</b>') {
    throw new Error(
      "The browser's sanitizer cannot parse HTML on this page. Under Trusted Types, the page's Content-Security-Policy must allow DOMPurify's policy: trusted-types lit-html dompurify 'allow-duplicates'.",
    );
  }
  return (purifier = p);
}

/** Sanitizes `html` with the allow-list in the browser; `rejected` says what it removed (empty when nothing). */
export const sanitizeInBrowser: HtmlSanitizer = (html) => {
  const p = purify();
  found = [];
  const clean = p.sanitize(html, DOMPURIFY_CONFIG) as unknown as string;
  const rejected = found;
  found = [];
  // Belt and braces: anything DOMPurify removed for a reason of its own is reported too
  // (not comments, nor the <body> it parsed into, which it lists but keeps, nor its FORCE_BODY marker).
  if (rejected.length === 0) {
    for (const r of p.removed) {
      const node = 'element' in r ? r.element : undefined;
      if (node && node.nodeType !== Node.COMMENT_NODE && node !== root && !isMarker(node)) rejected.push(`the element "<${(node as Element).localName ?? node.nodeName}"`);
      else if ('attribute' in r && r.attribute) rejected.push(`the attribute "${r.attribute.name}" on <${(r.from as Element).localName}>`);
    }
  }
  return { html: clean, rejected };
};
