import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { contentHtml } from '../../internal/content-html.js';
import { AUDIENCES, type Audience, type Implication, type Summary } from '../../content/types.js';
import { clampHeadingLevel, DEFAULT_HEADING_LEVEL, renderHeading } from '../../internal/heading.js';
import { isStandalone, renderProvenanceLine } from '../../internal/provenance-line.js';
import { EgElement } from '../../internal/eg-element.js';
import { base } from '../../styles/base.js';
import { implicationsStyles } from './implications.styles.js';

/** Values of the `audience` attribute: one audience, or `all` (both, with a switch). */
export const AUDIENCE_FILTERS = ['all', ...AUDIENCES] as const;
export type AudienceFilter = (typeof AUDIENCE_FILTERS)[number];

/** Values of the `print` attribute. */
export const IMPLICATIONS_PRINT_MODES = ['all', 'as-shown'] as const;
export type ImplicationsPrintMode = (typeof IMPLICATIONS_PRINT_MODES)[number];

function isAudienceFilter(value: string): value is AudienceFilter {
  return (AUDIENCE_FILTERS as readonly string[]).includes(value);
}

/**
 * Fired by `<eg-implications>` when the reader chooses which audience to show.
 * `audience` is `all` (both), `local` or `national`. Bubbles and crosses shadow roots.
 */
export class AudienceChangeEvent extends Event {
  static readonly eventName = 'eg-audience-change';
  constructor(readonly audience: AudienceFilter) {
    super(AudienceChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The reference ids the items rest on, each once, in first-seen order. */
function sourcesOf(items: readonly { sources: readonly string[] }[]): string[] {
  return [...new Set(items.flatMap((i) => i.sources))];
}

let ids = 0;

/**
 * The implications a summary draws: for local decision makers and managers, for
 * regional and national government, or both.
 *
 * With `audience="all"` (the default) a native radio group lets the reader show one
 * audience or both; arrow keys move between the options as with any radio group.
 * The other audience is hidden with the `hidden` attribute. Printing shows every
 * audience (and not the switch) unless `print="as-shown"`.
 *
 * Two ways to use it:
 *
 * - From bundled content: `<eg-implications summary="early-years-integration" audience="local">`.
 * - Inline, written into the page so it reads before and without JavaScript: put the
 *   headings and lists inside the element. The author's headings are kept as written.
 *
 * One provenance line follows the implications. When the widget is rendered inside
 * another evidence-guidance widget, that widget shows the provenance instead.
 *
 * A bad `summary` or `audience` never throws: the widget shows a message naming the
 * value and logs one console warning listing the valid values.
 *
 * @summary Implications of the evidence for local and for national decision makers.
 * @tagname eg-implications
 *
 * @slot - Inline implications content (used when `summary` is not set).
 *
 * @csspart implications - The section holding everything.
 * @csspart heading - The section heading and the audience headings.
 * @csspart switch - The fieldset with the audience radio group.
 * @csspart group - One audience's implications.
 * @csspart intro - An audience's introduction.
 * @csspart implication - One implication.
 * @csspart statement - An implication's statement (a heading).
 * @csspart points - An implication's preamble and sub-points.
 * @csspart provenance - The source line (publisher, date, review and link).
 * @csspart problem - The message shown for a bad value or a failed load.
 *
 * @cssprop --eg-implications-accent-color - The border beside each audience group and the radio buttons' colour (default: --eg-color-accent).
 * @cssprop --eg-implications-switch-border-color - The border of the audience switch (default: --eg-color-border).
 *
 * @fires {AudienceChangeEvent} eg-audience-change - The reader chose an audience; `event.audience` is `all`, `local` or `national`.
 */
export class EgImplications extends EgElement {
  static override styles = [base, implicationsStyles];


  /** Which implications to show: `local`, `national`, or `all` (both, with a switch). */
  @property({ reflect: true }) audience: string = 'all';

  /**
   * What printing shows: `all` (every audience, the default, as a printed page cannot be
   * switched) or `as-shown` (only the audience the reader chose).
   */
  @property({ reflect: true }) print: string = 'all';

  /** Level (1-6) of the section heading; audiences are one level below, items two. Inline content keeps the author's headings. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = DEFAULT_HEADING_LEVEL;

  /** The audience the reader chose with the switch (`all` until they choose). */
  @state() private chosen: AudienceFilter = 'all';

  private readonly idPrefix = `eg-implications-${++ids}`;

  /** The audience shown on screen: the `audience` attribute, or the reader's choice when it is `all`. */
  get shownAudience(): AudienceFilter {
    const audience = this.audienceValue;
    if (audience === 'local' || audience === 'national') return audience;
    return this.chosen;
  }

  /** The `audience` attribute, trimmed; a removed attribute means the default, `all`. */
  private get audienceValue(): string {
    return (this.audience ?? 'all').trim();
  }

  protected override attributeProblem() {
    const msg = this.locale.msg;
    const audience = this.audienceValue;
    if (!isAudienceFilter(audience)) {
      const valid = AUDIENCE_FILTERS.join(', ');
      return this.problem(msg.invalidValue('audience', audience, valid), `"${audience}" is not a valid audience. Valid values: ${valid}.`);
    }
    const print = (this.print ?? 'all').trim();
    if (!(IMPLICATIONS_PRINT_MODES as readonly string[]).includes(print)) {
      const valid = IMPLICATIONS_PRINT_MODES.join(', ');
      return this.problem(msg.invalidValue('print', print, valid), `"${print}" is not a valid print value. Valid values: ${valid}.`);
    }
    return undefined;
  }


  private onChoose(event: Event) {
    const value = (event.target as HTMLInputElement).value;
    if (!isAudienceFilter(value) || value === this.chosen) return;
    this.chosen = value;
    // Declared with @fires above (the manifest takes the name and type from there).
    const change = new AudienceChangeEvent(value);
    this.dispatchEvent(change);
  }

  protected override renderSummary(summary: Summary) {
    const msg = this.locale.msg;
    const audience = this.audienceValue;
    const fixed = audience !== 'all';
    const audiences: Audience[] = fixed ? [audience as Audience] : [...AUDIENCES];
    const shown = this.shownAudience;
    const headingId = `${this.idPrefix}-heading`;
    return html`<section part="implications" aria-labelledby=${headingId}>
      ${renderHeading(this.headingLevel, msg.implications.heading, { id: headingId })}
      ${fixed ? nothing : this.renderSwitch()}
      ${audiences.map((audience) =>
        this.renderGroup(
          summary,
          audience,
          summary.implications.filter((i) => i.audience === audience),
          shown !== 'all' && shown !== audience,
        ),
      )}
      ${isStandalone(this) ? renderProvenanceLine(summary, msg, sourcesOf(summary.implications.filter((i) => audiences.includes(i.audience)))) : nothing}
    </section>`;
  }

  private renderSwitch() {
    const msg = this.locale.msg;
    const name = `${this.idPrefix}-audience`;
    return html`<fieldset class="switch" part="switch">
      <legend>${msg.implications.showFor}</legend>
      <div class="options">
        ${AUDIENCE_FILTERS.map(
          (value) => html`<label class="option">
            <input type="radio" name=${name} value=${value} .checked=${this.chosen === value} @change=${this.onChoose} />
            <span>${msg.implications.option[value]}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderGroup(summary: Summary, audience: Audience, items: Implication[], hidden: boolean) {
    const msg = this.locale.msg;
    const lang = summary.meta.lang;
    const headingId = `${this.idPrefix}-${audience}`;
    const intro = audience === 'local' ? summary.intros.implicationsLocal : summary.intros.implicationsNational;
    const title = audience === 'local' ? msg.implications.forLocal : msg.implications.forNational;
    return html`<section class="group" part="group" data-audience=${audience} aria-labelledby=${headingId} ?hidden=${hidden}>
      ${renderHeading(clampHeadingLevel(this.headingLevel, 1), title, { id: headingId })}
      ${intro ? html`<div class="intro" part="intro" lang=${lang}>${contentHtml(intro)}</div>` : nothing}
      <ul class="items" role="list">
        ${items.map(
          (item) => html`<li class="implication" part="implication">
            ${renderHeading(clampHeadingLevel(this.headingLevel, 2), contentHtml(item.statementHtml), { part: 'statement', lang, className: 'statement' })}
            ${item.preambleHtml || item.pointsHtml.length
              ? html`<div class="points" part="points" lang=${lang}>
                  ${item.preambleHtml ? contentHtml(item.preambleHtml) : nothing}
                  ${item.pointsHtml.length ? html`<ul>${item.pointsHtml.map((p) => html`<li>${contentHtml(p)}</li>`)}</ul>` : nothing}
                </div>`
              : nothing}
          </li>`,
        )}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eg-implications': EgImplications;
  }
  interface HTMLElementEventMap {
    'eg-audience-change': AudienceChangeEvent;
  }
}
