/**
 * The embed-code builder shown in Storybook: pick a widget, summary, item, theme and
 * language; see the live widget; copy the snippet. The snippet comes from the same
 * generator as the CLI (`src/snippet/snippet.ts`). Storybook-only: not part of the library.
 */
import { css, html, LitElement, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { listSummaries, loadSummary } from '../../src/content/registry.js';
import type { Summary } from '../../src/content/types.js';
import { THEMES } from '../../src/internal/theme.js';
import { itemIdsFor, renderSnippet, SNIPPET_WIDGETS, type SnippetWidget } from '../../src/snippet/snippet.js';
import '../../src/define.js';

export class EmbedBuilder extends LitElement {
  static override styles = css`
    :host { display: block; font-family: arial, sans-serif; color: #0b0c0c; max-width: 60rem; }
    form { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 1rem; margin-bottom: 1rem; }
    label { display: block; font-weight: 700; margin-bottom: 0.25rem; }
    select { font: inherit; width: 100%; padding: 0.25rem; border: 2px solid #0b0c0c; }
    select:focus-visible, button:focus-visible, textarea:focus-visible { outline: 3px solid #ffdd00; outline-offset: 0; box-shadow: 0 0 0 5px #0b0c0c; }
    textarea { width: 100%; min-height: 12rem; font-family: monospace; font-size: 0.875rem; border: 2px solid #0b0c0c; }
    button { font: inherit; font-weight: 700; padding: 0.5rem 1rem; background: #00703c; color: #fff; border: 0; cursor: pointer; }
    .preview { border: 1px dashed #505a5f; padding: 1rem; margin-bottom: 1rem; }
    .status { margin-left: 1rem; font-weight: 700; }
    h2, h3 { margin: 1rem 0 0.5rem; }
  `;

  @state() private summaryId = listSummaries()[0]?.id ?? '';
  @state() private widget: SnippetWidget = 'eg-finding';
  @state() private item = '';
  @state() private theme = '';
  @state() private uiLang: 'en' | 'cy' = 'en';
  @state() private summary?: Summary;
  @state() private copied = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    this.summary = await loadSummary(this.summaryId);
    const ids = itemIdsFor(this.summary, this.widget);
    if (SNIPPET_WIDGETS[this.widget]?.required && !ids.includes(this.item)) this.item = ids[0] ?? '';
  }

  /** The snippet for the current choices (what the copy button copies). */
  get snippet(): string {
    if (!this.summary) return '';
    const item = SNIPPET_WIDGETS[this.widget] ? this.item || undefined : undefined;
    return renderSnippet(this.summary, { widget: this.widget, item, theme: this.theme || undefined, lang: this.uiLang, scriptSrc: '/evidence-guidance/cdn/evidence-guidance.js' });
  }

  private choose(field: 'summaryId' | 'widget' | 'item' | 'theme' | 'uiLang', value: string) {
    (this as unknown as Record<string, string>)[field] = value;
    this.copied = '';
    if (field === 'widget' || field === 'summaryId') {
      const ids = this.summary ? itemIdsFor(this.summary, this.widget) : [];
      this.item = SNIPPET_WIDGETS[this.widget]?.required ? (ids[0] ?? '') : '';
      if (field === 'summaryId') void this.load();
    }
  }

  private async copy() {
    const text = this.snippet;
    try {
      await navigator.clipboard.writeText(text);
      this.copied = 'Embed code copied';
    } catch {
      const area = this.renderRoot.querySelector('textarea')!;
      area.focus();
      area.select();
      this.copied = 'Copying was not allowed here: the code is selected, press Ctrl+C (or Cmd+C) to copy it';
    }
  }

  private select(id: string, label: string, field: 'summaryId' | 'widget' | 'item' | 'theme' | 'uiLang', value: string, options: Array<[string, string]>) {
    return html`<div>
      <label for=${id}>${label}</label>
      <select id=${id} @change=${(e: Event) => this.choose(field, (e.target as HTMLSelectElement).value)}>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select>
    </div>`;
  }

  override render() {
    const ids = this.summary ? itemIdsFor(this.summary, this.widget) : [];
    const itemSpec = SNIPPET_WIDGETS[this.widget];
    const snippet = this.snippet;
    return html`<h2>Embed code builder</h2>
      <form @submit=${(e: Event) => e.preventDefault()}>
        ${this.select('summary', 'Summary', 'summaryId', this.summaryId, listSummaries().map((s) => [s.id, s.title]))}
        ${this.select('widget', 'Widget', 'widget', this.widget, Object.keys(SNIPPET_WIDGETS).map((w) => [w, `<${w}>`]))}
        ${itemSpec
          ? this.select('item', `Item (${itemSpec.attribute})`, 'item', this.item, [...(itemSpec.required ? [] : [['', 'All'] as [string, string]]), ...ids.map((i): [string, string] => [i, i])])
          : nothing}
        ${this.select('theme', 'Theme', 'theme', this.theme, [['', 'None (the page’s own look)'], ...THEMES.map((t): [string, string] => [t, t])])}
        ${this.select('lang', 'Language of the library’s words', 'uiLang', this.uiLang, [['en', 'English'], ['cy', 'Cymraeg']])}
      </form>
      <h3>Preview</h3>
      <div class="preview" data-testid="preview">${snippet ? unsafeHTML(snippet.replace(/<script[^>]*><\/script>\n?/, '')) : nothing}</div>
      <h3><label for="code">Embed code</label></h3>
      <textarea id="code" readonly .value=${snippet}></textarea>
      <p><button type="button" @click=${this.copy}>Copy embed code</button><span class="status" role="status">${this.copied}</span></p>`;
  }
}

if (!customElements.get('sb-embed-builder')) customElements.define('sb-embed-builder', EmbedBuilder);
