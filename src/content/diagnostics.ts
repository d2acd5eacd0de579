/** A problem found in a content file: where it is, what is wrong and how to fix it. */
export interface ContentDiagnostic {
  /** The file, as given to the parser (for example `content/early-years-integration.md`). */
  file: string;
  /** 1-based line, where it can be known. */
  line?: number;
  /** The id of the item the problem is in, where there is one. */
  itemId?: string;
  message: string;
  fix: string;
}

/** One line per diagnostic: `file:line: message Fix: fix` (the shape editors and CI logs link). */
export function formatDiagnostic(d: ContentDiagnostic): string {
  const where = d.line !== undefined ? `${d.file}:${d.line}` : d.itemId ? `${d.file} (item "${d.itemId}")` : d.file;
  return `${where}: ${d.message} Fix: ${d.fix}`;
}

/** Thrown by the build when a content file has problems; lists every one. */
export class ContentError extends Error {
  constructor(readonly diagnostics: ContentDiagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'ContentError';
  }
}
