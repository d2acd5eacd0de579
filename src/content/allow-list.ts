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

/**
 * Elements whose content is removed with them (it is never text a reader should see):
 * a `<script>`'s code, an `<svg>`'s drawing. Any other element off the list is removed
 * but keeps its text.
 */
export const NON_TEXT_TAGS = [
  'script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'template', 'svg', 'math',
] as const;

/**
 * Why a URL attribute's value is not allowed, as a diagnostic's description, or undefined
 * when it is allowed: a scheme other than {@link ALLOWED_URL_SCHEMES}, or a
 * protocol-relative link (`//host/...`). As browsers do when reading a URL, control
 * characters and spaces are ignored, so `java&#x09;script:` is caught.
 */
export function urlRejection(value: string): string | undefined {
  const compact = value.replace(/[\u0000-\u0020]+/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  const shown = value.slice(0, 60);
  if (scheme) return (ALLOWED_URL_SCHEMES as readonly string[]).includes(scheme) ? undefined : `the link "${shown}" (scheme ${scheme}:)`;
  return /^[/\\]{2}/.test(compact) ? `the protocol-relative link "${shown}"` : undefined;
}

/**
 * The same rule as {@link urlRejection}, as one regular expression over a value with its
 * white space removed (for DOMPurify's `ALLOWED_URI_REGEXP`): an allowed scheme, or no
 * scheme and not protocol-relative.
 */
export const ALLOWED_URL_PATTERN = new RegExp(`^(?:(?:${ALLOWED_URL_SCHEMES.join('|')}):|(?![a-z][a-z0-9+.-]*:|[/\\\\]{2}))`, 'i');
