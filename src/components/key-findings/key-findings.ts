import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { EVIDENCE_LEVELS, isEvidenceLevel, type EvidenceLevel } from '../../content/levels.js';
import { FINDING_ORDERS, orderFindings, passesFilter, type FindingOrder } from '../../content/order.js';
import { renderScaleNote } from '../evidence-rating/evidence-rating.js';
import { ratingViewStyles } from '../evidence-rating/evidence-rating.styles.js';
import { findingView } from '../finding/finding.js';
import { findingStyles } from '../finding/finding.styles.js';
import { provenanceFor, type View } from '../../internal/view.js';
import type { Summary } from '../../content/types.js';
import { clampHeadingLevel, DEFAULT_HEADING_LEVEL } from '../../internal/heading.js';
import { renderIntro, renderSection } from '../../internal/section.js';
import { EgElement } from '../../internal/eg-element.js';
import { base } from '../../styles/base.js';
import { keyFindingsStyles } from './key-findings.styles.js';

/**
 * A summary's key findings in the source's order, the summary's overall conclusion first,
 * each shown as `<eg-finding>` shows it, with its strength of evidence in the source's words and
 * the claims it must be read with.
 *
 * The order never makes the evidence look stronger than the source does:
 *
 * - By default the findings keep the source's order, which opens with the overall
 *   conclusion ("no direct and definitive evidence" yet that integration works).
 * - `order="strength"` sorts the other findings strongest first; the overall conclusion
 *   still comes first, labelled as such.
 * - `min-level` hides findings the library reads as weaker than a level (and ungraded
 *   statements), but never the overall conclusion, and it keeps a one-line form of the
 *   caveat about the evidence in view. It says how many findings it hides and why, and
 *   offers a button that shows them all (and hides them again).
 *
 * Two ways to use it:
 *
 * - From bundled content: `<eg-key-findings summary="early-years-integration">`.
 * - Inline, written into the page so it reads before and without JavaScript: put your
 *   own heading and `<eg-finding>` elements inside. The author's headings are kept as
 *   written and `min-level` and `order` do not apply.
 *
 * One provenance line, with the summary's age, follows the list. When the widget is
 * rendered inside another evidence-guidance widget, that widget shows the provenance instead.
 *
 * A bad `summary`, `min-level` or `order` never throws: the widget shows a message naming
 * the value and logs one console warning listing the valid values.
 *
 * @summary A summary's key findings, the overall conclusion first.
 * @tagname eg-key-findings
 *
 * @slot - Inline content (used when `summary` is not set): a heading and `<eg-finding>` elements.
 *
 * @csspart section - The section that holds the heading, the notes and the list.
 * @csspart heading - The section heading ("Key findings").
 * @csspart intro - The summary's introduction to its findings.
 * @csspart scale-note - The line saying the levels are this library's reading.
 * @csspart caveat - The one-line caveat about the evidence, shown while `min-level` filters the list.
 * @csspart note - The note saying how many findings `min-level` hides, and why.
 * @csspart show-all - The button that shows every finding (and hides them again).
 * @csspart conclusion-label - The label on each finding that is part of the overall conclusion.
 * @csspart list - The list of findings.
 * @csspart provenance - The source line (publisher, date, link and age).
 * @csspart problem - The message shown for a bad id or attribute, or a failed load.
 *
 * @cssprop --eg-key-findings-note-border-color - The border beside the `min-level` note (default: --eg-color-border).
 * @cssprop --eg-key-findings-gap - The space between findings (default: --eg-space-4).
 */
export class EgKeyFindings extends EgElement {
  static override styles = [base, ratingViewStyles, findingStyles, keyFindingsStyles];
  static override properties: PropertyDeclarations = {
    minLevel: { reflect: true, attribute: 'min-level' },
    order: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /**
   * Hide findings the library reads as weaker than this level: `strong`, `moderate`,
   * `emerging`, `indirect` or `none`. Ungraded statements are hidden too; the overall
   * conclusion and a one-line caveat never are, and a button shows every finding.
   */
  declare minLevel?: EvidenceLevel;

  /**
   * `source` (the default): the source's order. `strength`: strongest evidence first. Either
   * way the summary's overall conclusion comes first.
   */
  declare order?: FindingOrder;

  /** Level (1-6) of the section heading; each finding's heading is one level below. */
  headingLevel = DEFAULT_HEADING_LEVEL;

  /** True once the reader has pressed "Show all findings" (internal state, not an attribute). */
  #showAll = false;

  protected override attributeProblem() {
    if (!this.summary && !this.src) return undefined;
    const minLevel = this.minLevel?.trim();
    if (minLevel && !isEvidenceLevel(minLevel)) return this.problem((m) => m.invalidLevel(minLevel), EVIDENCE_LEVELS);
    const order = this.order?.trim();
    if (order && !(FINDING_ORDERS as readonly string[]).includes(order)) {
      return this.problem((m) => m.invalidValue('order', order, FINDING_ORDERS.join(', ')), FINDING_ORDERS);
    }
    return undefined;
  }

  protected override renderSummary(summary: Summary) {
    return keyFindingsView(summary, this.ctx, {
      level: this.headingLevel,
      minLevel: (this.minLevel?.trim() || undefined) as EvidenceLevel | undefined,
      order: (this.order?.trim() || 'source') as FindingOrder,
      showAll: this.#showAll,
      onToggle: () => ((this.#showAll = !this.#showAll), this.requestUpdate()),
    });
  }
}

/** What `<eg-key-findings>` shows besides the content. */
export interface KeyFindingsOptions {
  /** Level of the section heading; each finding's is one below. */
  level: number;
  minLevel?: EvidenceLevel;
  order?: FindingOrder;
  /** The reader pressed "Show all findings". */
  showAll?: boolean;
  /** Pressing "Show all findings" (or "Show fewer"). */
  onToggle?: () => void;
}

/** The key findings' markup: each finding's own markup in a list (no element per finding). */
export function keyFindingsView(summary: Summary, v: View, o: KeyFindingsOptions): TemplateResult {
  const msg = v.msg;
  const lang = summary.meta.lang;
  const minLevel = o.minLevel;
  const ordered = orderFindings(summary.findings, o.order);
  const filtered = ordered.filter((f) => passesFilter(f, minLevel));
  const hidden = ordered.length - filtered.length;
  const items = o.showAll ? ordered : filtered;
  const itemLevel = clampHeadingLevel(o.level, 1);
  const listId = `${v.id}-list`;
  const level = minLevel && msg.levelName[minLevel];
  return renderSection(
    'section',
    `${v.id}-heading`,
    o.level,
    msg.keyFindings,
    html`${renderIntro(summary.intros.findings, lang)}
      ${renderScaleNote(msg)}
      ${minLevel && summary.caveat.lead
        ? html`<p class="note bar" part="caveat"><strong>${msg.aboutTheEvidence}:</strong> <span lang=${lang}>${summary.caveat.lead}</span></p>`
        : nothing}
      ${hidden
        ? html`<p class="note" part="note">${o.showAll ? msg.allFindingsShown(ordered.length) : msg.hiddenFindings(hidden, level!)}</p>
            ${o.onToggle
              ? html`<p>
                  <button type="button" part="show-all" aria-expanded=${o.showAll ? 'true' : 'false'} aria-controls=${listId} @click=${o.onToggle}>
                    ${o.showAll ? msg.showFewerFindings(level!) : msg.showAllFindings(ordered.length)}
                  </button>
                </p>`
              : nothing}`
        : nothing}
      <ul class="findings" part="list" role="list" id=${listId}>
        ${items.map(
          (f, i) => html`<li>
            ${f.headline ? html`<p class="conclusion-label" part="conclusion-label">${msg.overallConclusion}</p>` : nothing}
            ${findingView(summary, f, { ...v, standalone: false, id: `${v.id}-${i}` }, itemLevel)}
          </li>`,
        )}
      </ul>
      ${provenanceFor(summary, v, items)}`,
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'eg-key-findings': EgKeyFindings;
  }
}
