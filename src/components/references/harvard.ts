/**
 * Harvard-style reference formatting, as plain functions (no DOM, no side effects).
 *
 * The shape follows the source summaries' own reference lists:
 *
 *   Lord, P., Springate, I. … and Sharp, C. (2008) *Title*, London: Publisher
 *   (available at www.example.org/file.pdf, accessed 21 January 2009).
 *
 * Nothing is invented: a part the reference does not give (place, title, address,
 * access date) is left out, not filled in. A work the source names only by its topic
 * gets the topic in square brackets, the bibliographic sign for a description
 * supplied in place of a title. Addresses are kept exactly as the source gives them.
 * The citation stays in the language of the reference (the words "available at" and
 * "accessed" are part of the source's citation style, not the library's interface).
 */
import type { Reference } from '../../content/types.js';

/** What a run of citation text is, so a renderer can mark up titles and addresses. */
export type HarvardSegmentKind = 'text' | 'title' | 'topic' | 'url';

/** One run of a formatted citation. Joining every `text` gives the plain citation. */
export interface HarvardSegment {
  kind: HarvardSegmentKind;
  text: string;
}

/** "A", "A and B", "A, B and C": names joined as the source's reference list joins them. */
export function joinAuthors(authors: readonly string[]): string {
  const names = authors.map((a) => a.trim()).filter(Boolean);
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * A reference as Harvard citation segments. Each part appears only when the
 * reference gives it.
 */
export function harvardSegments(ref: Reference): HarvardSegment[] {
  const authors = joinAuthors(ref.authors);
  const segments: HarvardSegment[] = [{ kind: 'text', text: authors ? `${authors} (${ref.year})` : `(${ref.year})` }];

  // After the year: title (or topic), series, then place: publisher, separated by commas.
  const title = ref.title?.trim();
  const topic = ref.topic?.trim();
  const place = ref.place?.trim();
  const publisher = ref.publisher?.trim();
  const described: HarvardSegment[] = [];
  if (title) described.push({ kind: 'title', text: title });
  else if (topic) described.push({ kind: 'topic', text: `[${topic}]` });
  const series = ref.series?.trim();
  if (series) described.push({ kind: 'text', text: series });
  const imprint = place && publisher ? `${place}: ${publisher}` : publisher || place;
  if (imprint) described.push({ kind: 'text', text: imprint });
  described.forEach((segment, i) => {
    segments.push({ kind: 'text', text: i === 0 ? ' ' : ', ' }, segment);
  });

  const url = ref.url?.trim();
  const accessed = ref.accessed?.trim();
  if (url) {
    segments.push({ kind: 'text', text: ' (available at ' }, { kind: 'url', text: url }, { kind: 'text', text: accessed ? `, accessed ${accessed})` : ')' });
  } else if (accessed) {
    segments.push({ kind: 'text', text: ` (accessed ${accessed})` });
  }
  segments.push({ kind: 'text', text: '.' });
  return segments;
}

/**
 * A reference as one line of plain Harvard text, for copying:
 * "Siraj-Blatchford, I. and Siraj-Blatchford, J. (2009a) Improving … knowledge review 3,
 * London: Centre for … (available at http://…, accessed 24 March 2009)."
 */
export function formatHarvard(ref: Reference): string {
  return harvardSegments(ref)
    .map((s) => s.text)
    .join('');
}
