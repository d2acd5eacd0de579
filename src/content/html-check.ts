/**
 * The first, shared gate for the HTML that Markdown makes of an author's text, before either
 * sanitizer sees it (sanitize-html in the build, DOMPurify in the browser). One linear scan,
 * no DOM, the same code in both places, so both reach the same verdict on what it finds:
 *
 * - any element, or end tag, not on the allow-list (`<frameset>`, `<html>`, `<s>`...);
 * - an attribute not allowed on its element;
 * - markup declarations (`<!DOCTYPE>`, `<![CDATA[...]]>`) and processing instructions (`<?...>`),
 *   which HTML parsers drop or turn into comments without a word;
 * - an end tag that closes no open element (a parser drops it, or invents an element);
 * - elements nested more than {@link MAX_NESTING} deep (sanitizing them costs the browser seconds).
 *
 * HTML comments pass (the sanitizers remove them, as documented). It is deliberately stricter than
 * HTML: what it cannot read plainly, it rejects. What passes still goes through the sanitizer,
 * which checks link schemes and anything this scan missed; either finding rejects the file.
 */
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS } from './allow-list.js';
import { MAX_NESTING } from './limits.js';

const TAGS: readonly string[] = ALLOWED_TAGS;
const VOID = new Set(['br']);
const NAME = /[^\s/>\u0000]*/y;
const ATTR_NAME = /[^\s/>=\u0000][^\s/>=\u0000]*/y;
const SPACE = /[\s/]*/y;
const UNQUOTED = /[^\s>]*/y;

/** The text from `at` that `re` (sticky) matches. */
function take(re: RegExp, text: string, at: number): string {
  re.lastIndex = at;
  return re.exec(text)?.[0] ?? '';
}

/** What in `html` the allow-list rejects, in the sanitizers' words (empty when nothing). Linear in `html`. */
export function checkHtml(html: string): string[] {
  const found: string[] = [];
  const open: string[] = [];
  const rejected = new Set<string>();
  let deep = false;
  let i = 0;
  for (;;) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) {
      // <!--> and <!---> are whole (empty) comments; otherwise the first --> or --!> ends one.
      if (html.startsWith('>', lt + 4)) i = lt + 5;
      else if (html.startsWith('->', lt + 4)) i = lt + 6;
      else {
        const a = html.indexOf('-->', lt + 4);
        const b = html.indexOf('--!>', lt + 4);
        const end = a < 0 ? b : b < 0 ? a : Math.min(a, b);
        if (end < 0) {
          found.push('the HTML comment "<!--" that is not closed');
          break;
        }
        i = end + (end === a ? 3 : 4);
      }
      continue;
    }
    if (next === '!' || next === '?') {
      const what = next === '?' ? 'processing instruction' : /^<!\[cdata\[/i.test(html.slice(lt, lt + 9)) ? 'CDATA section' : 'markup declaration';
      found.push(`the ${what} "${html.slice(lt, lt + 9).replace(/[\s"]+/g, ' ').trim()}"`);
      const end = html.indexOf('>', lt);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const isEnd = next === '/';
    const nameAt = lt + (isEnd ? 2 : 1);
    if (!/[a-z]/i.test(html[nameAt] ?? '')) {
      i = lt + 1; // a "<" that starts no tag is text
      continue;
    }
    const name = take(NAME, html, nameAt).toLowerCase();
    let at = nameAt + name.length;
    const allowed = TAGS.includes(name);
    const attributes = ALLOWED_ATTRIBUTES[name] ?? [];
    // Attributes: name, optional = and a quoted or unquoted value.
    for (;;) {
      at += take(SPACE, html, at).length;
      if (at >= html.length || html[at] === '>') break;
      const attr = take(ATTR_NAME, html, at);
      if (!attr) {
        at++;
        continue;
      }
      at += attr.length;
      at += take(/\s*/y, html, at).length;
      if (html[at] === '=') {
        at += 1 + take(/\s*/y, html, at + 1).length;
        const quote = html[at];
        if (quote === '"' || quote === "'") {
          const close = html.indexOf(quote, at + 1);
          at = close < 0 ? html.length : close + 1;
        } else at += take(UNQUOTED, html, at).length;
      }
      if (allowed && !isEnd && !attributes.includes(attr.toLowerCase())) found.push(`the attribute "${attr.toLowerCase()}" on <${name}>`);
    }
    i = at + 1;
    if (!allowed) {
      // Its end tag is named only when nothing opened it (a stray end tag): the element already is.
      if (!isEnd) found.push(`the element "<${name}"`);
      else if (!rejected.has(name)) found.push(`the end tag "</${name}>"`);
      rejected.add(name);
      continue;
    }
    if (isEnd) {
      const k = open.lastIndexOf(name);
      if (k < 0) found.push(`the end tag "</${name}>" that closes no element`);
      else open.length = k;
    } else if (!VOID.has(name)) {
      // (`<b/>` opens a <b>, as in HTML.) Past the limit the rest is not tracked, so the scan stays linear.
      if (open.length < MAX_NESTING) open.push(name);
      else if (!deep) {
        deep = true;
        found.push(`the element "<${name}" nested more than ${MAX_NESTING} levels deep`);
      }
    }
  }
  return found;
}
