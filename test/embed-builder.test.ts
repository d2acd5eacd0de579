/**
 * The Storybook embed-code builder: its copied code, pasted into a page with the library,
 * renders the same widget the builder previews.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../stories/tools/embed-builder.js';
import { loadSummary } from '../src/content/registry.js';
import { renderSnippet } from '../src/snippet/snippet.js';
import { allWidgetsReady, axeViolations } from './page-helpers.js';
import { until } from './helpers.js';

type Builder = HTMLElement & { updateComplete: Promise<unknown>; snippet: string };

async function choose(builder: Builder, id: string, value: string) {
  const select = builder.shadowRoot!.querySelector<HTMLSelectElement>(`#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await builder.updateComplete;
  await until(() => !!builder.shadowRoot!.querySelector('#code') && (builder.shadowRoot!.querySelector('#code') as HTMLTextAreaElement).value.includes(value));
}

describe('embed-code builder', () => {
  it('is accessible', async () => {
    const builder = await fixture<Builder>(html`<sb-embed-builder></sb-embed-builder>`);
    await until(() => !!builder.snippet);
    await allWidgetsReady(builder);
    const violations = await axeViolations(builder);
    expect(violations, violations.join('\n')).to.deep.equal([]);
  });

  it('copies code that, pasted beside the library, renders the same widget as the preview', async () => {
    const builder = await fixture<Builder>(html`<sb-embed-builder></sb-embed-builder>`);
    await until(() => !!builder.snippet);
    await choose(builder, 'widget', 'eg-evidence-gap');
    await choose(builder, 'item', 'models-and-measures');
    await choose(builder, 'theme', 'govuk');
    const written: string[] = [];
    const clipboard = navigator.clipboard;
    Object.defineProperty(clipboard, 'writeText', { configurable: true, value: (t: string) => (written.push(t), Promise.resolve()) });
    try {
      builder.shadowRoot!.querySelector('button')!.click();
      await until(() => written.length === 1);
      await builder.updateComplete;
      expect(builder.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Embed code copied');
    } finally {
      delete (clipboard as { writeText?: unknown }).writeText;
    }
    const code = written[0]!;
    expect(code).to.equal((builder.shadowRoot!.querySelector('#code') as HTMLTextAreaElement).value);
    expect(code).to.contain('<script type="module"');
    expect(code).to.contain('<eg-evidence-gap summary="early-years-integration" gap="models-and-measures" theme="govuk">');
    // Exactly the generator's output (the CLI's too), which test/node/snippet.test.ts loads beside the real CDN bundle.
    const summary = await loadSummary('early-years-integration');
    expect(code).to.equal(
      renderSnippet(summary, { widget: 'eg-evidence-gap', item: 'models-and-measures', theme: 'govuk', lang: 'en', scriptSrc: '/evidence-guidance/cdn/evidence-guidance.js' }),
    );

    // Paste it into a page that has the library (as the CDN bundle would provide).
    const page = document.createElement('div');
    page.innerHTML = code.replace(/<script[^>]*><\/script>/, '');
    document.body.append(page);
    try {
      await allWidgetsReady(page);
      const pasted = page.querySelector('eg-evidence-gap')!;
      const preview = builder.shadowRoot!.querySelector('[data-testid="preview"] eg-evidence-gap')!;
      await allWidgetsReady(builder);
      const heading = (el: Element) => el.shadowRoot!.querySelector('h2')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(heading(pasted)).to.contain('outcome measures');
      expect(heading(pasted)).to.equal(heading(preview));
    } finally {
      page.remove();
    }
  });
});
