/** Test helpers for print styles and element assertions, shared by the widget tests. */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { inWebKit, skipWithReason } from './helpers.js';

/** The rules inside the shadow root's `@media print` blocks, as one stylesheet that applies on screen. */
export function printRulesAsScreen(root: ShadowRoot): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  const texts: string[] = [];
  for (const s of root.adoptedStyleSheets) {
    for (const rule of Array.from(s.cssRules)) {
      if (rule instanceof CSSMediaRule && rule.media.mediaText.includes('print')) {
        texts.push(...Array.from(rule.cssRules, (r) => r.cssText));
      }
    }
  }
  expect(texts.length, 'the widget has print rules').to.be.greaterThan(0);
  sheet.replaceSync(texts.join('\n'));
  return sheet;
}

/**
 * Switches the page to the print medium, or skips the test with a printed reason where the
 * browser cannot (Firefox over WebDriver BiDi and WebKitGTK over WebDriver classic have no
 * media emulation; the test after this one applies the print rules directly in every browser).
 */
export async function emulatePrintOrSkip(context: Mocha.Context): Promise<void> {
  if (navigator.userAgent.includes('Firefox')) {
    console.log('Skipped: print-medium emulation needs CDP, which Firefox does not offer; the print rules are checked directly in the next test.');
    context.skip();
  }
  if (inWebKit) {
    skipWithReason(context, 'print-medium emulation is not in WebDriver classic, which drives WebKitGTK; the print rules are checked directly in the next test.');
  }
  try {
    await emulateMedia({ media: 'print' });
  } catch (error) {
    console.log(`Skipped: this browser cannot emulate the print medium (${String(error)}); the print rules are checked directly in the next test.`);
    context.skip();
  }
}

/**
 * True when `link`'s `::after` shows its address. Chromium resolves `attr(href)` in the
 * computed value; Firefox reports the declaration as written.
 */
export function showsAddressAfter(link: Element): boolean {
  const content = getComputedStyle(link, '::after').content;
  return content.includes(link.getAttribute('href')!) || content.includes('attr(href)');
}

/**
 * `'none'` for a missing element, else a short description of it. Assert on this
 * rather than on an element: a failing chai assertion whose actual value is a DOM
 * element makes @web/test-runner stall until its 120 s timeout without a report.
 */
export function found(el: Element | null | undefined): string {
  if (!el) return 'none';
  return `<${el.localName}> “${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)}”`;
}
