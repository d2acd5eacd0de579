import { html, nothing, type PropertyDeclarations } from 'lit';
import { contentHtml } from '../../internal/content-html.js';
import { AUDIENCES, type Audience, type Summary } from '../../content/types.js';
import { clampHeadingLevel, DEFAULT_HEADING_LEVEL, renderHeading } from '../../internal/heading.js';
import { renderIntro, renderSection } from '../../internal/section.js';
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
  static override properties: PropertyDeclarations = {
    audience: { reflect: true },
    print: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    chosen: { state: true, attribute: false },
  };

  /**
   * Which implications to show: `local`, `national`, or `all` (both, with a switch; the default).
   * Unset means `all`; the widget never writes the default onto its host.
   */
  declare audience?: AudienceFilter;

  /**
   * What printing shows: `all` (every audience, the default, as a printed page cannot be
   * switched) or `as-shown` (only the audience the reader chose). Unset means `all`.
   */
  declare print?: ImplicationsPrintMode;

  /** Level (1-6) of the section heading; audiences are one level below, items two. Inline content keeps the author's headings. */
  headingLevel = DEFAULT_HEADING_LEVEL;

  /** The audience the reader chose with the switch (`all` until they choose). */
  private chosen: AudienceFilter = 'all';

  /** The audience shown on screen: the `audience` attribute, or the reader's choice when it is `all`. */
  get shownAudience(): AudienceFilter {
    const audience = this.#audienceValue;
    if (audience === 'local' || audience === 'national') return audience;
    return this.chosen;
  }

  /** The `audience` attribute, trimmed; a removed attribute means the default, `all`. */
  get #audienceValue(): string {
    return (this.audience ?? 'all').trim();
  }

  protected override attributeProblem() {
    return this.#notOneOf('audience', this.#audienceValue, AUDIENCE_FILTERS) ?? this.#notOneOf('print', (this.print ?? 'all').trim(), IMPLICATIONS_PRINT_MODES);
  }

  /** The message for an attribute whose value is not one of `valid`; undefined when it is. */
  #notOneOf(attribute: string, value: string, valid: readonly string[]) {
    return valid.includes(value) ? undefined : this.problem((m) => m.invalidValue(attribute, value, valid.join(', ')));
  }

  #onChoose(event: Event) {
    const value = (event.target as HTMLInputElement).value;
    if (!isAudienceFilter(value) || value === this.chosen) return;
    this.chosen = value;
    // Declared with @fires above (the manifest takes the name and type from there, not from this call).
    const change = new AudienceChangeEvent(value);
    this.dispatchEvent(change);
  }

  protected override renderSummary(summary: Summary) {
    const audience = this.#audienceValue;
    const fixed = audience !== 'all';
    const audiences: Audience[] = fixed ? [audience as Audience] : [...AUDIENCES];
    return renderSection(
      'implications',
      `${this.idPrefix}-heading`,
      this.headingLevel,
      this.msg.implications.heading,
      html`${fixed ? nothing : this.#renderSwitch()}
        ${audiences.map((a) => this.#renderGroup(summary, a))}
        ${this.provenanceLine(summary, summary.implications.filter((i) => audiences.includes(i.audience)))}`,
    );
  }

  #renderSwitch() {
    const msg = this.msg.implications;
    const name = `${this.idPrefix}-audience`;
    return html`<fieldset class="switch" part="switch">
      <legend>${msg.showFor}</legend>
      <div class="options">
        ${AUDIENCE_FILTERS.map(
          (value) => html`<label class="option">
            <input type="radio" name=${name} value=${value} .checked=${this.chosen === value} @change=${this.#onChoose} />
            <span>${msg.option[value]}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  /** One audience's implications; hidden (not removed) while the reader shows the other audience. */
  #renderGroup(summary: Summary, audience: Audience) {
    const msg = this.msg.implications;
    const lang = summary.meta.lang;
    const headingId = `${this.idPrefix}-${audience}`;
    const local = audience === 'local';
    const shown = this.shownAudience;
    return html`<section
      class="group bar"
      part="group"
      data-audience=${audience}
      aria-labelledby=${headingId}
      ?hidden=${shown !== 'all' && shown !== audience}
    >
      ${renderHeading(clampHeadingLevel(this.headingLevel, 1), local ? msg.forLocal : msg.forNational, { id: headingId })}
      ${renderIntro(local ? summary.intros.implicationsLocal : summary.intros.implicationsNational, lang)}
      <ul class="items" role="list">
        ${summary.implications
          .filter((item) => item.audience === audience)
          .map(
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
