/**
 * Helpers for tests of whole host pages in real browsers (test/node/host-pages.test.ts):
 * the strict CSP, the "without the library" variant of a page, opening a page with the
 * in-page harness (host-harness.js) preloaded, axe, and comparing the host's own styles.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { repoRoot } from './server.js';

/**
 * The strict policy a council can send with the widgets on the page: scripts and styles
 * from the site itself only, Trusted Types required for every script sink, and only Lit's
 * own policy (`lit-html`) allowed; 'allow-duplicates' lets a second copy of the library
 * (or of Lit) create its policy under the same name.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

/**
 * The same policy for a page that uses `src` (a summary from a Markdown file): DOMPurify,
 * which sanitizes the file's HTML in the browser, parses through its own Trusted Types
 * policy, named `dompurify`; the file is read in a module worker (cdn/chunks/parse-worker.js,
 * allowed by script-src 'self', the fallback of worker-src) whose URL goes through the
 * library's policy `evidence-guidance-worker`. The file itself is fetched under default-src
 * 'self' (connect-src).
 */
export const STRICT_SRC_CSP = STRICT_CSP.replace('trusted-types lit-html', 'trusted-types lit-html dompurify evidence-guidance-worker');

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The query that serves a page without the library (see `withoutLibrary`). */
export const LIBRARY_OFF = 'library=off';

const LIBRARY_SCRIPT = /[ \t]*<script\b[^>]*\bsrc="\/cdn(?:-copy)?\/evidence-guidance\.js"[^>]*><\/script>\n?/g;
const THEME_LINK = /[ \t]*<link\b[^>]*\bhref="\/cdn(?:-copy)?\/themes\/[\w-]+\.css"[^>]*>\n?/g;

/** A page's HTML without the library: its script tags and theme links removed, nothing else changed. */
export function withoutLibrary(html: string): string {
  return html.replace(LIBRARY_SCRIPT, '').replace(THEME_LINK, '');
}

/** The harness in host-harness.js, as declared on the page's window. */
export interface Harness {
  cspViolations: Array<{ directive: string; blockedURI: string; sample: string; source: string; disposition: string }>;
  errors: string[];
  ready(timeout?: number): Promise<number>;
  hostStyles(): HostElementStyle[];
  deep(...selectors: string[]): Element | null;
  styleOf(selectors: string[], props: string[]): Record<string, string> | null;
  customValue(selector: string, prop: string): string;
  axe(tags: string[]): Promise<string[]>;
  openEverything(): Promise<void>;
  headingOutline(): Array<{ level: number; text: string }>;
  widgetTags(): string[];
  /** Widgets (at any depth) showing a problem message, with the message. */
  problems(): string[];
}

declare global {
  interface Window {
    __egHarness: Harness;
  }
}

export interface HostElementStyle {
  label: string;
  standard: Record<string, string>;
  custom: Record<string, string>;
}

export interface ConsoleEntry {
  type: string;
  text: string;
}

export interface OpenedPage {
  page: Page;
  /** The Content-Security-Policy header the page was served with, if any. */
  csp: string | undefined;
  /** Every console message, in order. */
  console: ConsoleEntry[];
  /** Uncaught errors reported by the browser driver. */
  pageErrors: string[];
}

const harnessSource = readFileSync(join(import.meta.dirname, 'host-harness.js'), 'utf8');
const axeSource = readFileSync(join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Opens `url` in a new tab with the harness preloaded, collecting console messages and errors from the start. */
export async function openPage(browser: Browser, url: string): Promise<OpenedPage> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 768 });
  const opened: OpenedPage = { page, csp: undefined, console: [], pageErrors: [] };
  page.on('console', (m) => {
    const at = m.location()?.url;
    opened.console.push({ type: m.type(), text: at && m.type() === 'error' ? `${m.text()} (${at})` : m.text() });
  });
  page.on('pageerror', (e) => opened.pageErrors.push(String(e)));
  // A string, so both CDP (Page.addScriptToEvaluateOnNewDocument) and BiDi (script.addPreloadScript) run it as written.
  await page.evaluateOnNewDocument(harnessSource);
  const response = await page.goto(url, { waitUntil: 'load' });
  opened.csp = response?.headers()['content-security-policy'];
  return opened;
}

/** Console errors, as `type: text` lines. */
export function consoleErrors(opened: OpenedPage): string[] {
  return opened.console.filter((m) => m.type === 'error' || m.type === 'assert').map((m) => `${m.type}: ${m.text}`);
}

/** Console warnings (CDP reports them as "warn", BiDi as "warn" or "warning"). */
export function consoleWarnings(opened: OpenedPage): string[] {
  return opened.console.filter((m) => m.type === 'warn' || m.type === 'warning').map((m) => m.text);
}

/**
 * Evaluates axe-core's source in the page through the automation protocol (like the
 * preload, not subject to the page's CSP: no script tag, no change to the policy), then
 * runs it on the whole document with the given tags.
 */
export async function runAxe(page: Page, tags: string[] = WCAG_AA): Promise<string[]> {
  await page.bringToFront();
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate((t) => window.__egHarness.axe(t), tags);
}

/**
 * Differences between the host's own element styles on two loads of one page (with and
 * without the library). Elements are matched in document order and must be the same
 * elements (tag, id, classes). Standard properties must match exactly; custom properties
 * are listed apart, so a test can allow only the library's own `--eg-*` tokens to differ.
 */
export function compareHostStyles(
  withLib: HostElementStyle[],
  without: HostElementStyle[],
): { structure: string[]; standard: string[]; custom: string[] } {
  const structure: string[] = [];
  const standard: string[] = [];
  const custom: string[] = [];
  if (withLib.length !== without.length) structure.push(`${withLib.length} host elements with the library, ${without.length} without`);
  for (let i = 0; i < Math.min(withLib.length, without.length); i++) {
    const a = withLib[i]!;
    const b = without[i]!;
    if (a.label !== b.label) {
      structure.push(`element ${i}: ${a.label} with the library, ${b.label} without`);
      continue;
    }
    for (const p of new Set([...Object.keys(a.standard), ...Object.keys(b.standard)])) {
      if (a.standard[p] !== b.standard[p]) standard.push(`${a.label} ${p}: ${String(a.standard[p])} with the library, ${String(b.standard[p])} without`);
    }
    for (const p of new Set([...Object.keys(a.custom), ...Object.keys(b.custom)])) {
      if ((a.custom[p] ?? '') !== (b.custom[p] ?? '')) custom.push(`${a.label} ${p}: ${a.custom[p] ?? ''} with the library, ${b.custom[p] ?? ''} without`);
    }
  }
  return { structure, standard, custom };
}

/** How a browser serialises a computed colour: `#00653a` is `rgb(0, 101, 58)`. */
export function rgb(hex: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return `rgb(${parseInt(m[1]!, 16)}, ${parseInt(m[2]!, 16)}, ${parseInt(m[3]!, 16)})`;
}
