/**
 * A widget writes onto its own host only what the page's author set: no default values
 * (`audience="all"`, `print="all"`) and no internal state reflected as attributes. A server-
 * rendering framework (Next.js, Astro) compares the host's attributes with the HTML it sent,
 * so any attribute a widget adds by itself is a hydration mismatch.
 *
 * Each widget is parsed inert (in a <template>) with only `summary` set, then moved into the
 * page, where it upgrades; its attribute names are compared before the upgrade, after its first
 * render (its summary still loading) and after the summary has loaded.
 *
 * Not even the loading state: that is the custom state `:state(loading)` and `ariaBusy` on the
 * widget's ElementInternals (what screen readers are told), never `aria-busy` on the host.
 */
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { isLoading, slowSummary, until } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const TAGS = [
  'eg-summary',
  'eg-key-findings',
  'eg-finding',
  'eg-evidence-rating',
  'eg-implications',
  'eg-evidence-gaps',
  'eg-evidence-gap',
  'eg-stakeholder-views',
  'eg-what-works',
  'eg-evidence-caveat',
  'eg-provenance',
  'eg-references',
  'eg-glossary-term',
];

/** `tag` with only `summary` set, parsed in an inert template (not upgraded yet). */
function inert(tag: string, summary: string): Widget {
  const template = document.createElement('template');
  template.innerHTML = `<${tag} summary="${summary}"></${tag}>`;
  return template.content.firstElementChild as Widget;
}

const names = (el: Element) => el.getAttributeNames().sort();

describe('a widget adds no attributes to its own host', function () {
  this.timeout(20000);
  const placed: Element[] = [];
  afterEach(() => placed.splice(0).forEach((el) => el.remove()));

  for (const tag of TAGS) {
    it(`<${tag}> with only summary set`, async () => {
      const slow = await slowSummary();
      const el = inert(tag, slow.id);
      expect(el.updateComplete, 'not upgraded while inert').to.equal(undefined);
      const before = names(el);
      expect(before).to.deep.equal(['summary']);

      document.body.append(document.adoptNode(el));
      placed.push(el);
      expect(customElements.get(tag) && el instanceof customElements.get(tag)!, 'upgraded in the page').to.equal(true);
      // Every attribute change from the upgrade on, not just the state at the checks below.
      const changed: string[] = [];
      const observer = new MutationObserver((records) => changed.push(...records.map((r) => r.attributeName!)));
      observer.observe(el, { attributes: true });
      await el.updateComplete;
      expect(isLoading(el), 'loading').to.equal(true);
      expect(names(el), 'after the upgrade, while loading').to.deep.equal(before);

      slow.release();
      await until(() => !isLoading(el));
      await el.updateComplete;
      observer.disconnect();
      expect(changed, 'attributes changed on the host').to.deep.equal([]);
      expect(names(el), 'after the summary has loaded').to.deep.equal(before);
    });
  }

  it('<eg-implications> set by property reflects only what was set', async () => {
    const el = document.createElement('eg-implications');
    el.summary = 'early-years-integration';
    document.body.append(el);
    placed.push(el);
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['summary']);
    el.audience = 'local';
    await el.updateComplete;
    expect(el.getAttribute('audience')).to.equal('local');
  });
});
