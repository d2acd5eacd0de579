/**
 * `evidence-guidance snippet SUMMARY [--widget TAG] [--item ID] [--theme NAME] [--lang cy]
 *  [--script URL] [--wrapper] [--heading-level N]` prints paste-ready HTML (see snippet.ts).
 */
import { listSummaries, loadSummary, SummaryNotFoundError } from '../content/registry.js';
import { renderSnippet, SnippetError, type SnippetOptions } from './snippet.js';

const USAGE = `Usage: evidence-guidance snippet SUMMARY [options]

Prints HTML to paste into a CMS page: it reads well with JavaScript off, and upgrades in
place when the evidence-guidance script loads.

Options:
  --widget TAG         eg-summary (default), eg-finding, eg-key-findings, eg-implications, ...
  --item ID            the item, for widgets that show one (finding, gap, view, reference, term)
  --theme NAME         default, govuk, nhs, localgov, high-contrast, dark
  --lang cy            the library's own words in Welsh (evidence text stays in its language)
  --heading-level N    level of the widget's top heading (1-6, default 2)
  --script URL         the bundle's address (…/cdn/evidence-guidance.js): also print the
                       <script type="module"> line for upgrade.js beside it, which loads the
                       bundle once the page has first painted
  --wrapper            use <div data-eg-widget="..."> for editors that strip unknown elements

Summaries: ${'${summaries}'}`;

/** Where the CLI writes (process.stdout and process.stderr when run from bin/). */
export interface Output {
  write(text: string): unknown;
}

/** Runs the CLI with `argv` (without `node` and the script); returns the exit code. */
export async function main(argv: string[], out: Output, err: Output): Promise<number> {
  const usage = USAGE.replace('${summaries}', listSummaries().map((s) => s.id).join(', '));
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    out.write(usage + '\n');
    return command ? 0 : 2;
  }
  if (command !== 'snippet') {
    err.write(`Unknown command "${command}".\n\n${usage}\n`);
    return 2;
  }
  const options: SnippetOptions = {};
  let summaryId: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw new SnippetError(`${arg} needs a value.`);
      return v;
    };
    try {
      if (arg === '--widget') options.widget = value();
      else if (arg === '--item') options.item = value();
      else if (arg === '--theme') options.theme = value();
      else if (arg === '--lang') options.lang = value();
      else if (arg === '--script') options.scriptSrc = value();
      else if (arg === '--heading-level') options.headingLevel = Number(value());
      else if (arg === '--wrapper') options.wrapper = true;
      else if (arg.startsWith('--')) throw new SnippetError(`Unknown option ${arg}.`);
      else if (!summaryId) summaryId = arg;
      else throw new SnippetError(`Unexpected argument "${arg}".`);
    } catch (e) {
      err.write(`${(e as Error).message}\n\n${usage}\n`);
      return 2;
    }
  }
  if (!summaryId) {
    err.write(`Name a summary.\n\n${usage}\n`);
    return 2;
  }
  try {
    const summary = await loadSummary(summaryId);
    out.write(renderSnippet(summary, options));
    return 0;
  } catch (e) {
    if (e instanceof SnippetError || e instanceof SummaryNotFoundError) {
      err.write(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
