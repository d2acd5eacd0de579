import { html, nothing, type PropertyDeclarations, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { provenanceFor, type View } from '../../internal/view.js';
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
  readonly #choice = new AudienceChoice(this);

  /** The audience shown on screen: the `audience` attribute, or the reader's choice when it is `all`. */
  get shownAudience(): AudienceFilter {
    const audience = this.#audienceValue;
    if (audience === 'local' || audience === 'national') return audience;
    return this.#choice.chosen;
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

  protected override renderSummary(summary: Summary) {
    return implicationsView(summary, this.ctx, { level: this.headingLevel, audience: this.#audienceValue as AudienceFilter, choice: this.#choice });
  }
}

/**
 * The reader's choice of audience with the switch, for the widget that renders the switch
 * (`<eg-implications>`, or `<eg-summary>` for its implications): choosing re-renders it and
 * fires `eg-audience-change` on it.
 */
export class AudienceChoice {
  /** `all` until the reader chooses. */
  chosen: AudienceFilter = 'all';

  constructor(private readonly host: ReactiveControllerHost & EventTarget) {}

  /** The switch's change listener. */
  choose = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    if (!isAudienceFilter(value) || value === this.chosen) return;
    this.chosen = value;
    this.host.requestUpdate();
    // Declared with @fires on the widgets (the manifest takes the name and type from there, not from this call).
    this.host.dispatchEvent(new AudienceChangeEvent(value));
  };
}

/** What `<eg-implications>` shows besides the content. */
export interface ImplicationsOptions {
  level: number;
  /** The `audience` attribute: `all` shows both, with a switch. */
  audience: AudienceFilter;
  /** The reader's choice with the switch (live only). */
  choice?: AudienceChoice;
}

/** The implications' markup: the switch (live, with `all`) and each audience's group. */
export function implicationsView(summary: Summary, v: View, o: ImplicationsOptions): TemplateResult {
  const msg = v.msg.implications;
  const lang = summary.meta.lang;
  const fixed = o.audience !== 'all';
  const audiences: Audience[] = fixed ? [o.audience as Audience] : [...AUDIENCES];
  const shown = fixed ? o.audience : (o.choice?.chosen ?? 'all');
  const name = `${v.id}-audience`;
  const group = (audience: Audience) => {
    const headingId = `${v.id}-${audience}`;
    const local = audience === 'local';
    // Hidden (not removed) while the reader shows the other audience.
    return html`<section
      class="group bar"
      part="group"
      data-audience=${audience}
      aria-labelledby=${headingId}
      ?hidden=${shown !== 'all' && shown !== audience}
    >
      ${renderHeading(clampHeadingLevel(o.level, 1), local ? msg.forLocal : msg.forNational, { id: headingId })}
      ${renderIntro(local ? summary.intros.implicationsLocal : summary.intros.implicationsNational, lang)}
      <ul class="items" role="list">
        ${summary.implications
          .filter((item) => item.audience === audience)
          .map(
            (item) => html`<li class="implication" part="implication">
              ${renderHeading(clampHeadingLevel(o.level, 2), contentHtml(item.statementHtml), { part: 'statement', lang, className: 'statement' })}
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
  };
  return renderSection(
    'implications',
    `${v.id}-heading`,
    o.level,
    msg.heading,
    html`${fixed || !o.choice
        ? nothing
        : html`<fieldset class="switch" part="switch">
            <legend>${msg.showFor}</legend>
            <div class="options">
              ${AUDIENCE_FILTERS.map(
                (value) => html`<label class="option">
                  <input type="radio" name=${name} value=${value} .checked=${shown === value} @change=${o.choice?.choose} />
                  <span>${msg.option[value]}</span>
                </label>`,
              )}
            </div>
          </fieldset>`}
      ${audiences.map(group)}
      ${provenanceFor(summary, v, summary.implications.filter((i) => audiences.includes(i.audience)))}`,
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'eg-implications': EgImplications;
  }
  interface HTMLElementEventMap {
    'eg-audience-change': AudienceChangeEvent;
  }
}
