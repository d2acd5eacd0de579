/**
 * The one allow-list: what HTML may reach the page from content.
 *
 * The build applies it to bundled content (with sanitize-html, in
 * `scripts/lib/sanitize.ts`) and fails on anything it would remove. Anything not
 * listed here is removed. Attribute values that are URLs must use one of
 * {@link ALLOWED_URL_SCHEMES} (or be relative).
 */
export const ALLOWED_TAGS = [
  'p', 'br', 'em', 'strong', 'b', 'i', 'code', 'abbr', 'cite', 'q', 'sub', 'sup',
  'ul', 'ol', 'li', 'blockquote', 'a', 'h4', 'h5', 'h6',
] as const;

/** Attributes allowed per element; no element may carry any other attribute. */
export const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title', 'hreflang'],
  abbr: ['title'],
  q: ['cite'],
  blockquote: ['cite'],
  ol: ['start'],
};

/** URL schemes a link may use. Relative links (`/page`, `#id`) are also allowed. */
export const ALLOWED_URL_SCHEMES = ['http', 'https', 'mailto'] as const;

/** Attributes whose values are URLs and so are checked against {@link ALLOWED_URL_SCHEMES}. */
export const URL_ATTRIBUTES = ['href', 'cite'] as const;
