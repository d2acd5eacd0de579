/**
 * Welsh words are a module of their own, loaded the first time a widget sits in a Welsh part
 * of the page. This file must be the first to need them on its page (each test file runs in
 * a page of its own), so it imports nothing that imports `locale/cy.ts`.
 */
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { loadMessages, messagesFor } from '../src/internal/locale.js';
import { en } from '../src/internal/locale/en.js';
import { shadowText } from './helpers.js';

/** Every text node the widget's shadow root shows, from its first render on. */
function recordText(el: Element): string[] {
  const seen: string[] = [];
  const root = el.shadowRoot!;
  new MutationObserver(() => seen.push(root.textContent ?? '')).observe(root, { childList: true, subtree: true, characterData: true });
  return seen;
}

describe('Welsh words, loaded on demand', () => {
  it('are not loaded on an English page, and are loaded (once) for a Welsh one', async () => {
    const english = document.createElement('eg-evidence-rating');
    english.setAttribute('level', 'strong');
    document.body.append(english);
    await (english as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(messagesFor('cy')).to.equal(undefined);
    expect(shadowText(english)).to.include(en.strengthOfEvidence);
    english.remove();
  });

  it('a widget on a Welsh page never shows English while they load', async () => {
    expect(messagesFor('cy'), 'no earlier test loaded the Welsh words').to.equal(undefined);
    const wrapper = document.createElement('div');
    wrapper.lang = 'cy';
    const el = document.createElement('eg-evidence-rating') as HTMLElement & { updateComplete: Promise<unknown> };
    el.setAttribute('level', 'strong');
    el.setAttribute('wording', 'strong evidence');
    wrapper.append(el);
    document.body.append(wrapper);
    const seen = recordText(el); // the shadow root exists from connection; the first render comes after
    await el.updateComplete;
    const cy = messagesFor('cy');
    expect(cy, 'Welsh loaded').to.not.equal(undefined);
    expect(shadowText(el)).to.include(cy!.strengthOfEvidence);
    expect(seen.some((text) => text.includes(en.strengthOfEvidence)), `English seen: ${JSON.stringify(seen)}`).to.equal(false);
    expect(await loadMessages('cy')).to.equal(cy, 'loaded once, the same module');
    wrapper.remove();
  });

  it('switching a page to Welsh later keeps the current words until the Welsh ones are there', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    const el = document.createElement('eg-evidence-rating') as HTMLElement & { updateComplete: Promise<unknown> };
    el.setAttribute('level', 'moderate');
    wrapper.append(el);
    document.body.append(wrapper);
    await el.updateComplete;
    wrapper.lang = 'cy-GB';
    await new Promise((r) => setTimeout(r)); // the lang observer's callback
    await el.updateComplete;
    expect(shadowText(el)).to.include(messagesFor('cy')!.levelName.moderate);
    wrapper.remove();
  });
});
