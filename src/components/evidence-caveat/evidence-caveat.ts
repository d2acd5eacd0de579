import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { provenanceFor, type View } from '../../internal/view.js';
import { contentHtml } from '../../internal/content-html.js';
import type { Summary } from '../../content/types.js';
import { DEFAULT_HEADING_LEVEL, renderHeading } from '../../internal/heading.js';
import { EgElement } from '../../internal/eg-element.js';
import { base } from '../../styles/base.js';
import { noticeStyles } from '../../styles/notice.js';
import { evidenceCaveatStyles } from './evidence-caveat.styles.js';

/**
 * The summary's own note on the quality of its evidence ("much of it is quite weak"),
 * shown as a notice that readers should weigh everything else against: a heading
 * ("About the evidence"), the note with a visually hidden "Important:" before it,
 * and the source line.
 *
 * Two ways to use it:
 *
 * - From bundled content: `<eg-evidence-caveat summary="early-years-integration">`.
 * - Inline, written into the page so it reads before and without JavaScript: put your
 *   own heading and text inside. The author's headings are kept as written.
 *
 * When the notice is rendered inside another evidence-guidance widget, that widget
 * shows the provenance instead.
 *
 * A bad `summary` never throws: the widget shows a message naming the value and
 * logs one console warning listing the valid ids.
 *
 * @summary The summary's note on the quality of its evidence.
 * @tagname eg-evidence-caveat
 *
 * @slot - Inline content (used when `summary` is not set).
 *
 * @csspart section - The section that holds the notice.
 * @csspart heading - The heading ("About the evidence").
 * @csspart notice - The notice: icon, heading and text.
 * @csspart icon - The decorative "!" icon (hidden from assistive technology).
 * @csspart text - The note about the evidence, in the summary's words.
 * @csspart provenance - The source line (publisher, date and link).
 * @csspart problem - The message shown for a bad id or a failed load.
 *
 * @cssprop --eg-evidence-caveat-border-color - The notice's border and icon (default: --eg-color-text).
 * @cssprop --eg-evidence-caveat-background - The notice's background (default: transparent).
 */
export class EgEvidenceCaveat extends EgElement {
  static override styles = [base, noticeStyles, evidenceCaveatStyles];
  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Level (1-6) of the heading. Inline content keeps the author's headings. */
  headingLevel = DEFAULT_HEADING_LEVEL;

  protected override renderSummary(summary: Summary) {
    return evidenceCaveatView(summary, this.ctx, this.headingLevel);
  }
}

/** The caveat's markup: the notice about the evidence, in the source's words. */
export function evidenceCaveatView(summary: Summary, v: View, level: number): TemplateResult {
  const msg = v.msg;
  const headingId = `${v.id}-heading`;
  return html`<section class="caveat" part="section" aria-labelledby=${headingId}>
    <div class="notice bar" part="notice">
      <span class="icon" part="icon" aria-hidden="true">!</span>
      <div class="body">
        ${renderHeading(level, msg.aboutTheEvidence, { id: headingId })}
        <div class="text" part="text">
          <span class="visually-hidden">${msg.importantPrefix}: </span>
          <div lang=${summary.meta.lang}>${contentHtml(summary.caveat.html)}</div>
        </div>
      </div>
    </div>
    ${provenanceFor(summary, v)}
  </section>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'eg-evidence-caveat': EgEvidenceCaveat;
  }
}
