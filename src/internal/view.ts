/**
 * What every widget's view needs besides the content: the one description of a widget's
 * markup is a function `(summary, view, options) => template`, called by the widget's
 * element to render its shadow root and by the snippet generator to write the same markup as
 * static HTML for pasting. A view shows a control (a button, a switch) only when its options
 * carry what handles it, so the snippet, which gives none, has no control that needs script.
 */
import { nothing, type TemplateResult } from 'lit';
import type { Summary } from '../content/types.js';
import type { Messages } from './locale/en.js';
import { renderProvenanceLine, type Sourced } from './provenance-line.js';

export interface View {
  /** The library's words, in the language of where the widget sits. */
  msg: Messages;
  /** The start of every id the view renders, unique on the page (`eg-finding-3`). */
  id: string;
  /** Shown on its own (not inside another widget): it carries its provenance line and scale note. */
  standalone: boolean;
  /** The date the summary's age is worked out from (default: now). */
  now?: Date;
}

/** The provenance line for `items` (default: the whole summary) when the view is shown on its own. */
export function provenanceFor(summary: Summary, v: View, items?: readonly Sourced[]): TemplateResult | typeof nothing {
  return v.standalone ? renderProvenanceLine(summary, v.msg, items, v.now) : nothing;
}
