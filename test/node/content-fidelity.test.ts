/**
 * Faithful evidence: content/early-years-integration.md checked against the source text,
 * ../shared/source/c4eo-early-years-progress-map-3.txt (beside the repository).
 *
 * The source text is © C4EO and stays out of the repository. Where it is absent (a clone on
 * its own), the checks against it are skipped with the reason printed, and the content-side
 * checks (the table against the compiled summary) still run. CI puts it beside the clone.
 *
 * The SOURCE_MAP table below says, for every item of the source, which content id stands
 * for it. Each row is checked both ways: the quoted fragment really is in the source (under
 * the right heading), and the id really is in the compiled summary, in the right collection,
 * with the expected grade.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { before, describe, test } from 'node:test';
import { compileFile } from '../../scripts/lib/compile.js';
import { formatDiagnostic } from '../../src/content/diagnostics.js';
import type { EvidenceLevel } from '../../src/content/levels.js';
import type { Audience, ReferenceRole, Summary } from '../../src/content/types.js';
import { root } from './support.js';

const SOURCE_PATH = resolve(root, '..', 'shared', 'source', 'c4eo-early-years-progress-map-3.txt');
const CONTENT_FILE = 'content/early-years-integration.md';
const HAS_SOURCE = existsSync(SOURCE_PATH);
/** Options for a test that reads the source: skipped, with the reason, when it is absent. */
const withSource = {
  skip: HAS_SOURCE
    ? false
    : `no source text at ${relative(root, SOURCE_PATH)} (it is © C4EO and kept out of the repository; CI puts it beside the clone)`,
};
if (!HAS_SOURCE) console.log(`content-fidelity: the checks against the source are skipped: ${withSource.skip}. The content-side checks still run.`);

/** Lower case, no Markdown emphasis, straight quotes, single spaces: how fragments are compared. */
function norm(s: string): string {
  return s
    .replace(/\*+/g, '')
    .replace(/[\u2018\u2019\u2032]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Headings of the source, in order. Each must be a line of its own in the source. */
const HEADINGS = [
  'Introduction',
  'Key findings',
  'What do we know with some certainty?',
  'What do stakeholders think?',
  'Implications from the research for local service improvement',
  'For action by local decision makers and managers',
  'Implications for regional and national government',
  'What works?',
  'Gaps in the evidence base',
  'Main review',
  'Scoping study',
] as const;
type Heading = (typeof HEADINGS)[number];

interface SourceSection {
  /** The section's text, normalised. */
  text: string;
  /** Its bullet points, normalised, in order. */
  bullets: string[];
}

function splitSource(source: string): Map<Heading, SourceSection> {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const starts = HEADINGS.map((h) => {
    const found = lines.flatMap((l, i) => (l.trim() === h ? [i] : []));
    assert.equal(found.length, 1, `the source has the heading "${h}" once, on a line of its own`);
    return found[0]!;
  });
  assert.deepEqual([...starts].sort((a, b) => a - b), starts, 'the headings are in the expected order');
  const out = new Map<Heading, SourceSection>();
  HEADINGS.forEach((h, n) => {
    const body = lines.slice(starts[n]! + 1, starts[n + 1] ?? lines.length);
    out.set(h, {
      text: norm(body.join('\n')),
      bullets: body.filter((l) => /^\s*[-*•]\s+/.test(l)).map((l) => norm(l.replace(/^\s*[-*•]\s+/, ''))),
    });
  });
  return out;
}

type Collection = 'findings' | 'stakeholderViews' | 'implications' | 'whatWorks' | 'evidenceGaps' | 'references';

interface SourceItem {
  heading: Heading;
  /** A fragment quoted exactly from the source (emphasis and spacing aside). */
  source: string;
  /** Index of the bullet point the fragment is in, when it is in one. */
  bullet?: number;
  collection: Collection;
  id: string;
  /** For findings: the expected level, or null for a statement the source does not grade. */
  level?: EvidenceLevel | null;
  /** For stakeholder views: who holds the view, in the source's words. */
  holders?: string;
  audience?: Audience;
  /** For an implication's sub-point: its index in `pointsHtml`. */
  point?: number;
  /** Words the content item's text must contain (so the id cannot drift to a different claim). */
  mentions?: string[];
  restsOn?: string[];
  related?: string[];
  role?: ReferenceRole;
}

const SOURCE_MAP: SourceItem[] = [
  // --- Key findings -------------------------------------------------------------------
  { heading: 'Key findings', source: 'Every Child Matters is best understood as an ecological, integrated system that is centred on the child and their family', collection: 'findings', id: 'ecm-integrated-system', level: null, mentions: ['every child matters', 'integrated system'] },
  { heading: 'Key findings', source: 'served through service coordination, and supported through integrated organisations and agencies', collection: 'findings', id: 'ecm-integrated-system', level: null, mentions: ['coordinated services', 'integrated organisations'] },
  { heading: 'Key findings', source: 'There is currently no direct and definitive evidence of the effectiveness of service integration at a systemic, organisational or service coordination level, nor of the impact on outcomes for children and families', collection: 'findings', id: 'no-direct-evidence', level: 'none', mentions: ['no direct', 'outcomes for children and families'] },
  { heading: 'Key findings', source: 'but there is some indirect and partial evidence of effectiveness', collection: 'findings', id: 'indirect-evidence-of-effectiveness', level: 'indirect', mentions: ['indirect', 'partial'] },
  { heading: 'What do we know with some certainty?', bullet: 0, source: 'there is robust evidence that suggests combined approaches to intervention (focusing on both children and family members) are effective', collection: 'findings', id: 'combined-approaches', level: 'strong', mentions: ['combined approaches', 'children and family members'] },
  { heading: 'What do we know with some certainty?', bullet: 0, source: 'this may be considered to provide indirect evidence of effective integration', collection: 'findings', id: 'combined-approaches-integration', level: 'indirect', mentions: ['integration', 'indirectly'] },
  { heading: 'What do we know with some certainty?', bullet: 1, source: 'there is strong evidence that high-quality pre-school provision, that integrates childcare and education, benefits children in terms of cognitive and behavioural outcomes up the age of 11', collection: 'findings', id: 'high-quality-preschool', level: 'strong', mentions: ['pre-school', 'childcare and education', 'age of 11'] },
  { heading: 'What do we know with some certainty?', source: 'There is also some evidence to suggest that the quality rather than the type of integration is what matters in terms of improving outcomes', collection: 'findings', id: 'quality-not-type', level: 'moderate', mentions: ['quality', 'type'] },
  { heading: 'What do we know with some certainty?', source: "We need, therefore, to have a clear and shared understanding of what we mean by 'quality' in integrated delivery of early years services, and to ensure that services adopt agreed quality standards", collection: 'findings', id: 'shared-understanding-of-quality', level: null, mentions: ['shared understanding of quality', 'quality standards'] },
  { heading: 'What do we know with some certainty?', source: 'Various studies suggest that leadership training, the participation of stakeholders, and participatory planning processes are all characteristics of successful integrated working', collection: 'findings', id: 'characteristics-of-success', level: 'emerging', mentions: ['leadership training', 'stakeholder participation', 'participatory planning'] },
  { heading: 'What do we know with some certainty?', source: 'There is a need for specific training for staff managing and delivering integrated services to ensure common understanding of how integrated services can deliver the Every Child Matters agenda', collection: 'findings', id: 'specific-training', level: null, mentions: ['specific training', 'common understanding'] },

  // --- Stakeholder views ----------------------------------------------------------------
  { heading: 'What do stakeholders think?', bullet: 0, source: 'there is some way to go before practitioners and stakeholders develop a clear understanding of integrated services', collection: 'stakeholderViews', id: 'understanding-of-integration', holders: '', mentions: ['some way to go'] },
  { heading: 'What do stakeholders think?', bullet: 0, source: 'the current guidance and terminology associated with integrated service provision need greater clarity', collection: 'stakeholderViews', id: 'understanding-of-integration', holders: '', mentions: ['guidance and terminology'] },
  { heading: 'What do stakeholders think?', bullet: 1, source: "some stakeholders suggest that there is a tension between universal and preventative services for children and/or between prevention and 'safeguarding'", collection: 'stakeholderViews', id: 'universal-preventative-tension', holders: 'some stakeholders', mentions: ['tension', 'universal and preventative', 'safeguarding'] },
  { heading: 'What do stakeholders think?', bullet: 1, source: 'Again this suggests the need for greater clarification of the Every Child Matters objectives', collection: 'stakeholderViews', id: 'universal-preventative-tension', holders: 'some stakeholders', mentions: ['objectives of every child matters'] },
  { heading: 'What do stakeholders think?', bullet: 2, source: 'some stakeholders believe that there needs to be agreed working and pay structures in multi-agency teams, and greater clarification on the continued funding of service integration', collection: 'stakeholderViews', id: 'working-and-pay-structures', holders: 'some stakeholders', mentions: ['working and pay structures', 'continued funding'] },
  { heading: 'What do stakeholders think?', bullet: 3, source: 'many stakeholders feel that the full potential of integration can only be achieved when staffing levels match case-load demands', collection: 'stakeholderViews', id: 'staffing-levels', holders: 'many stakeholders', mentions: ['full potential', 'staffing levels', 'case-load'] },

  // --- Implications: local -------------------------------------------------------------------
  { heading: 'For action by local decision makers and managers', source: 'The review findings indicate that the development of multi-disciplinary and interdisciplinary approaches to delivery should be considered a high priority', collection: 'implications', audience: 'local', id: 'multi-disciplinary-priority', mentions: ['multi-disciplinary and interdisciplinary', 'high priority'] },
  { heading: 'For action by local decision makers and managers', bullet: 0, source: 'there is a need to clarify the objectives of integrated working for all those involved in service management and delivery', collection: 'implications', audience: 'local', id: 'clarify-objectives', mentions: ['objectives of integrated working'] },
  { heading: 'For action by local decision makers and managers', bullet: 1, source: 'an approach to service assessment and intervention is needed that provides a common language and greater agreement on service thresholds and tiers of need', collection: 'implications', audience: 'local', id: 'local-common-language', mentions: ['common language', 'thresholds', 'tiers of need'] },
  { heading: 'For action by local decision makers and managers', bullet: 2, source: 'services should involve people who use services in planning and delivery', collection: 'implications', audience: 'local', id: 'involve-service-users', mentions: ['people who use services', 'planning'] },
  { heading: 'For action by local decision makers and managers', bullet: 3, source: 'there is a need for training at all levels to develop', collection: 'implications', audience: 'local', id: 'training-at-all-levels', mentions: ['training at all levels'] },
  { heading: 'For action by local decision makers and managers', bullet: 3, source: 'leadership for integrated services', collection: 'implications', audience: 'local', id: 'training-at-all-levels', point: 0, mentions: ['leadership for integrated services'] },
  { heading: 'For action by local decision makers and managers', bullet: 3, source: 'a shared philosophy and vision', collection: 'implications', audience: 'local', id: 'training-at-all-levels', point: 1, mentions: ['shared philosophy and vision'] },
  { heading: 'For action by local decision makers and managers', bullet: 3, source: 'better communication systems', collection: 'implications', audience: 'local', id: 'training-at-all-levels', point: 2, mentions: ['better communication systems'] },
  { heading: 'For action by local decision makers and managers', bullet: 3, source: 'a clear staff review and supervision system', collection: 'implications', audience: 'local', id: 'training-at-all-levels', point: 3, mentions: ['staff review and supervision'] },
  { heading: 'For action by local decision makers and managers', bullet: 3, source: 'and shared understanding of roles', collection: 'implications', audience: 'local', id: 'training-at-all-levels', point: 4, mentions: ['shared understanding of roles'] },
  { heading: 'For action by local decision makers and managers', bullet: 4, source: 'there is a need for training of service coordinators to ensure they have an adequate knowledge of the full range of services available in supporting the Every Child Matters agenda', collection: 'implications', audience: 'local', id: 'coordinator-training', mentions: ['service coordinators', 'full range of services'] },

  // --- Implications: regional and national ----------------------------------------------------
  { heading: 'Implications for regional and national government', source: 'There is a need to provide further clarification of the core objectives of the Every Child Matters policy', collection: 'implications', audience: 'national', id: 'clarify-ecm-objectives', mentions: ['core objectives of the every child matters policy'] },
  { heading: 'Implications for regional and national government', bullet: 0, source: 'the respective needs of, and policy responses to, children and of families', collection: 'implications', audience: 'national', id: 'clarify-ecm-objectives', point: 0, mentions: ['needs of children and of families', 'policy responses'] },
  { heading: 'Implications for regional and national government', bullet: 1, source: 'the roles of universal, targeted and preventative services', collection: 'implications', audience: 'national', id: 'clarify-ecm-objectives', point: 1, mentions: ['universal, targeted and preventative services'] },
  { heading: 'Implications for regional and national government', source: 'An overall strategy for service assessment and intervention is needed that provides a common language and greater agreement on service thresholds and tiers of need', collection: 'implications', audience: 'national', id: 'national-assessment-strategy', mentions: ['overall strategy', 'common language', 'tiers of need'] },
  { heading: 'Implications for regional and national government', source: 'Better provision needs to be made for workforce development nationally and regionally to support effective integrated delivery in the early years services', collection: 'implications', audience: 'national', id: 'workforce-development', mentions: ['workforce development', 'nationally and regionally'] },
  { heading: 'Implications for regional and national government', source: 'There is a need for more robust research to be carried out in this area to address the evidence gaps identified below', collection: 'implications', audience: 'national', id: 'more-robust-research', mentions: ['more robust research', 'gaps'] },
  { heading: 'Implications for regional and national government', source: 'Further local research and development efforts also need to be supported', collection: 'implications', audience: 'national', id: 'more-robust-research', mentions: ['local research and development'] },
  { heading: 'Implications for regional and national government', source: 'The identification and promotion of agreed outcome measures and standardised research instruments may be helpful', collection: 'implications', audience: 'national', id: 'more-robust-research', mentions: ['agreed outcome measures', 'standardised research instruments', 'may help'] },

  // --- What works -----------------------------------------------------------------------------
  { heading: 'What works?', bullet: 0, source: 'The adoption of combined approaches to intervention (i.e. focused on both children and family members) are effective', collection: 'whatWorks', id: 'combined-approaches-work', restsOn: ['combined-approaches', 'combined-approaches-integration'], related: [], mentions: ['combined approaches', 'children and family members'] },
  { heading: 'What works?', bullet: 1, source: 'High-quality pre-school provision which integrates childcare and education is beneficial', collection: 'whatWorks', id: 'high-quality-preschool-works', restsOn: ['high-quality-preschool'], related: [], mentions: ['pre-school', 'childcare and education'] },
  { heading: 'What works?', source: 'Many other effective practices have been identified in the C4EO reviews concerned with family-based support', collection: 'whatWorks', id: 'combine-with-related-initiatives', restsOn: [], related: ['siraj-blatchford-2009b', 'coghlan-2009'], mentions: ['family-based support', 'narrowing the gap'] },
  { heading: 'What works?', source: 'wherever possible integrated service developments should be combined with these initiatives', collection: 'whatWorks', id: 'combine-with-related-initiatives', restsOn: [], related: ['siraj-blatchford-2009b', 'coghlan-2009'], mentions: ['wherever possible'] },

  // --- Gaps in the evidence ---------------------------------------------------------------------
  { heading: 'Gaps in the evidence base', source: 'the need for new multi-disciplinary research that investigates the processes by which successful integrated working takes place in early years services', collection: 'evidenceGaps', id: 'integration-processes', mentions: ['multi-disciplinary research', 'successful integrated working'] },
  { heading: 'Gaps in the evidence base', source: 'This should be located within theoretical understandings of workplace practices and adult learning', collection: 'evidenceGaps', id: 'integration-processes', mentions: ['workplace practice', 'adult learning'] },
  { heading: 'Gaps in the evidence base', source: 'a coherent and holistic account is needed of the early childhood developmental processes that provide the major justification for service integration', collection: 'evidenceGaps', id: 'developmental-account', mentions: ['coherent, holistic account', 'early childhood development processes'] },
  { heading: 'Gaps in the evidence base', source: 'more studies that identify the discrete models and features of integration that are in current use and the most appropriate outcome measures for evaluating their effectiveness', collection: 'evidenceGaps', id: 'models-and-measures', mentions: ['models and features of integration', 'outcome measures'] },
  { heading: 'Gaps in the evidence base', source: "Studies on the work of social care professionals in extended schools need to be replicated for children's centres", collection: 'evidenceGaps', id: 'childrens-centres-replication', mentions: ['social care professionals', 'extended schools', "children's centres"] },
  { heading: 'Gaps in the evidence base', source: 'More rigorously designed studies should also be developed to identify the specific features of effective integrated practice', collection: 'evidenceGaps', id: 'rigorous-studies', mentions: ['more rigorously designed studies', 'specific features of effective integrated practice'] },

  // --- References and related reviews -------------------------------------------------------------
  { heading: 'Main review', source: 'Siraj-Blatchford, I. and Siraj-Blatchford, J. (2009) Improving development outcomes for children through effective practice in integrating early years services: knowledge review 3', collection: 'references', id: 'siraj-blatchford-2009a', role: 'main-review' },
  { heading: 'Scoping study', source: "Lord, P., Springate, I., Atkinson, M., Haines, B., Morris, M., O'Donnell, L., Benefield, P., Harper, A. and Sharp, C. (2008) Improving development outcomes for children through effective practice in integrating early years services: scoping review 1", collection: 'references', id: 'lord-2008', role: 'scoping-study' },
  { heading: 'Introduction', source: 'Little direct evidence of the impact of integrated working was identified at the scoping stage of the review (Lord et al, 2008)', collection: 'references', id: 'lord-2008', role: 'scoping-study' },
  { heading: 'What works?', source: 'family-based support (Siraj-Blatchford and Siraj-Blatchford 2009)', collection: 'references', id: 'siraj-blatchford-2009b', role: 'related-review' },
  { heading: 'What works?', source: 'Narrowing the Gap (Coghlan et al 2009)', collection: 'references', id: 'coghlan-2009', role: 'related-review' },
];

let source = '';
let sections: Map<Heading, SourceSection>;
let summary: Summary;
let contentText = '';

before(async () => {
  if (HAS_SOURCE) {
    source = readFileSync(SOURCE_PATH, 'utf8');
    sections = splitSource(source);
  }
  contentText = readFileSync(join(root, CONTENT_FILE), 'utf8');
  const result = await compileFile(join(root, CONTENT_FILE), root);
  assert.deepEqual(result.diagnostics.map(formatDiagnostic), [], 'the content file compiles cleanly');
  summary = result.summary!;
});

/** All the text a content item shows (statement, detail, preamble, points, holders), normalised. */
function itemText(collection: Collection, id: string): string {
  const item = (summary[collection] as Array<{ id: string }>).find((x) => x.id === id) as unknown as Record<string, unknown> | undefined;
  if (!item) return '';
  const parts = ['statement', 'detailHtml', 'preambleHtml', 'holders', 'title', 'topic'].map((k) => String(item[k] ?? ''));
  const points = Array.isArray(item['pointsHtml']) ? (item['pointsHtml'] as string[]) : [];
  return norm([...parts, ...points].join(' ').replace(/<[^>]+>/g, ' ').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&').replace(/&quot;/g, '"'));
}

/** The level this library reads from the source's wording (documented in content/README.md). */
function levelFor(wording: string): EvidenceLevel | undefined {
  const w = norm(wording);
  if (/\bno direct\b/.test(w)) return 'none';
  if (/\bindirect\b/.test(w)) return 'indirect';
  if (/\b(robust|strong) evidence\b/.test(w)) return 'strong';
  if (/\bstudies suggest\b|\bsmall-scale\b|\bindicative\b/.test(w)) return 'emerging';
  if (/\bsome evidence\b/.test(w)) return 'moderate';
  return undefined;
}

/** Rating phrases as they can appear in a sentence, for the "no rating next to another claim" check. */
const RATING_PHRASES =
  /\b(no direct(?:,| and)? (?:definitive )?evidence|(?:some )?indirect(?:,| and)? (?:partial )?evidence|robust evidence|strong evidence|some evidence|(?:various )?studies suggest)\b/g;

describe('graded findings keep the source wording (a)', () => {
  test('every graded finding has its wording', () => {
    const graded = summary.findings.filter((f) => f.grade);
    assert.ok(graded.length >= 7, `expected the source's graded claims, got ${graded.length}`);
    for (const f of graded) assert.ok(f.grade!.wording.trim(), `${f.id} has wording`);
  });

  test('every graded finding has its wording verbatim in the source', withSource, () => {
    for (const f of summary.findings.filter((x) => x.grade)) {
      assert.ok(norm(source).includes(norm(f.grade!.wording)), `"${f.grade!.wording}" (${f.id}) is in the source`);
    }
  });

  test("phrases the content quotes (in ‘…’) are the source's own words", withSource, () => {
    const quoted = [...contentText.matchAll(/\u2018([^\u2019]+)\u2019/g)].map((m) => m[1]!);
    assert.ok(quoted.length >= 4, `expected some quoted phrases, found ${quoted.length}`);
    for (const q of quoted) assert.ok(norm(source).includes(norm(q)), `‘${q}’ is in the source`);
  });

  test("the caveat keeps the source's warnings about the evidence", () => {
    const caveat = norm(summary.caveat.html.replace(/<[^>]+>/g, ' '));
    for (const w of ['quite weak', 'small-scale studies', 'survey data', 'essentially indicative', 'reliability and validity']) {
      assert.ok(caveat.includes(w), `the caveat says "${w}"`);
    }
  });

  test('the wording check would catch invented wording', withSource, () => {
    assert.ok(!norm(source).includes(norm('conclusive evidence')));
    assert.ok(!norm(source).includes(norm('moderate evidence')));
  });
});

describe('every item of the source is represented (b)', () => {
  for (const row of SOURCE_MAP) {
    const label = `${row.id}${row.point !== undefined ? ` point ${row.point}` : ''}: "${row.source.slice(0, 60)}${row.source.length > 60 ? '…' : ''}"`;
    test(`${label} is in the source`, withSource, () => {
      const section = sections.get(row.heading)!;
      const fragment = norm(row.source);
      assert.ok(section.text.includes(fragment), `the fragment is in the source under "${row.heading}"`);
      if (row.bullet !== undefined) {
        assert.ok(section.bullets[row.bullet]?.includes(fragment), `the fragment is in bullet ${row.bullet} under "${row.heading}"`);
      } else {
        assert.ok(!section.bullets.some((b) => b.includes(fragment)), 'a fragment outside bullets is marked as such');
      }
      if (row.holders !== undefined) assert.ok(norm(source).includes(norm(row.holders)), `the holders "${row.holders}" are the source's words`);
    });

    test(label, () => {
      const fragment = norm(row.source);
      const collection = summary[row.collection] as Array<{ id: string }>;
      const item = collection.find((x) => x.id === row.id);
      assert.ok(item, `"${row.id}" is in ${row.collection}`);
      for (const m of row.mentions ?? []) {
        assert.ok(itemText(row.collection, row.id).includes(norm(m)), `"${row.id}" mentions "${m}"`);
      }

      if (row.collection === 'findings') {
        const f = summary.findings.find((x) => x.id === row.id)!;
        assert.ok(row.level !== undefined, 'a finding row says its level');
        if (row.level === null) {
          assert.equal(f.grade, undefined, `"${row.id}" is a statement the source does not grade`);
          assert.equal(levelFor(row.source), undefined, 'an ungraded fragment carries no rating words');
        } else {
          assert.equal(f.grade?.level, row.level, `"${row.id}" level`);
          // (e) the rating words are in the very clause they grade.
          assert.ok(fragment.includes(norm(f.grade!.wording)), `the wording "${f.grade!.wording}" is in the clause it grades`);
        }
      }
      if (row.collection === 'stakeholderViews') {
        const v = summary.stakeholderViews.find((x) => x.id === row.id)!;
        assert.equal(v.holders, row.holders);
      }
      if (row.collection === 'implications') {
        const imp = summary.implications.find((x) => x.id === row.id)!;
        assert.equal(imp.audience, row.audience);
        if (row.point !== undefined) {
          const point = imp.pointsHtml[row.point];
          assert.ok(point, `"${row.id}" has sub-point ${row.point}`);
          for (const m of row.mentions ?? []) assert.ok(norm(point).includes(norm(m)), `sub-point ${row.point} mentions "${m}"`);
        }
      }
      if (row.collection === 'whatWorks') {
        const w = summary.whatWorks.find((x) => x.id === row.id)!;
        assert.deepEqual(w.restsOn, row.restsOn);
        assert.deepEqual(w.related, row.related);
      }
      if (row.collection === 'references') {
        const r = summary.references.find((x) => x.id === row.id)!;
        assert.equal(r.role, row.role);
        assert.ok(fragment.includes(r.year.slice(0, 4)), `the year ${r.year} matches the citation`);
        // A short citation ("Lord et al") names only the first author.
        const named = /\bet al\b/.test(fragment) ? r.authors.slice(0, 1) : r.authors;
        for (const a of named) {
          const surname = a.replace(/\bet al\b\.?/, '').split(',')[0]!.trim();
          assert.ok(fragment.includes(norm(surname)), `author ${a} is in the citation`);
        }
      }
    });
  }

  test('every content item comes from the source (no claim without a row in the table)', () => {
    const collections: Collection[] = ['findings', 'stakeholderViews', 'implications', 'whatWorks', 'evidenceGaps', 'references'];
    for (const c of collections) {
      const mapped = new Set(SOURCE_MAP.filter((r) => r.collection === c).map((r) => r.id));
      for (const item of summary[c] as Array<{ id: string }>) assert.ok(mapped.has(item.id), `${c} "${item.id}" has a source row`);
    }
  });

  test('references keep the source citation details', () => {
    const main = summary.references.find((r) => r.id === 'siraj-blatchford-2009a')!;
    const scoping = summary.references.find((r) => r.id === 'lord-2008')!;
    assert.equal(summary.meta.basedOn, 'siraj-blatchford-2009a');
    assert.equal(scoping.authors.length, 9, 'all nine authors of the scoping study');
    assert.deepEqual(main.authors, ['Siraj-Blatchford, I.', 'Siraj-Blatchford, J.']);
    // Two works by the same authors in the same year are told apart by a letter.
    assert.deepEqual(
      summary.references.filter((r) => r.authors[0] === 'Siraj-Blatchford, I.').map((r) => r.year).sort(),
      ['2009a', '2009b'],
    );
  });

  test('references: address, access date, title, place and publisher are as the source gives them', withSource, () => {
    const main = summary.references.find((r) => r.id === 'siraj-blatchford-2009a')!;
    const scoping = summary.references.find((r) => r.id === 'lord-2008')!;
    for (const r of [main, scoping]) {
      assert.ok(source.includes(`${r.url} `), `${r.id}: the address is exactly as the source gives it`);
      assert.ok(source.includes(`accessed ${r.accessed}`), `${r.id}: accessed ${r.accessed}`);
      assert.ok(norm(source).includes(norm(r.title!)), `${r.id}: title`);
      assert.ok(source.includes(`${r.place}: ${r.publisher}`), `${r.id}: place and publisher`);
    }
  });
});

describe('counts: every bullet point under each source heading is covered (c)', () => {
  test('the source has the bullet points this table was written for', withSource, () => {
    const counts = Object.fromEntries(HEADINGS.map((h) => [h, sections.get(h)!.bullets.length]));
    assert.deepEqual(counts, {
      Introduction: 0,
      'Key findings': 0,
      'What do we know with some certainty?': 2,
      'What do stakeholders think?': 4,
      'Implications from the research for local service improvement': 0,
      'For action by local decision makers and managers': 5,
      'Implications for regional and national government': 2,
      'What works?': 2,
      'Gaps in the evidence base': 0,
      'Main review': 0,
      'Scoping study': 0,
    });
  });

  for (const heading of HEADINGS) {
    test(`every bullet under "${heading}" has a row`, withSource, () => {
      const bullets = sections.get(heading)!.bullets;
      const covered = new Set(SOURCE_MAP.filter((r) => r.heading === heading && r.bullet !== undefined).map((r) => r.bullet));
      assert.deepEqual([...covered].sort(), bullets.map((_, i) => i));
    });
  }

  test('one stakeholder view per bullet', withSource, () => {
    assert.equal(summary.stakeholderViews.length, sections.get('What do stakeholders think?')!.bullets.length);
  });

  test('local implications: the opening recommendation plus one per bullet', withSource, () => {
    const local = summary.implications.filter((i) => i.audience === 'local');
    assert.equal(local.length, 1 + sections.get('For action by local decision makers and managers')!.bullets.length);
  });

  test('the training bullet keeps all of its sub-points', withSource, () => {
    const bullet = sections.get('For action by local decision makers and managers')!.bullets.find((b) => b.includes('training at all levels'))!;
    const subPoints = bullet.split(':')[1]!.split(';').map((s) => s.trim()).filter(Boolean);
    const training = summary.implications.find((i) => i.id === 'training-at-all-levels')!;
    assert.equal(training.pointsHtml.length, subPoints.length);
    assert.equal(SOURCE_MAP.filter((r) => r.id === 'training-at-all-levels' && r.point !== undefined).length, subPoints.length);
  });

  test('the national clarification keeps both of its sub-points', withSource, () => {
    const ecm = summary.implications.find((i) => i.id === 'clarify-ecm-objectives')!;
    assert.equal(ecm.pointsHtml.length, sections.get('Implications for regional and national government')!.bullets.length);
  });

  test('one what-works item per research finding the source lists, plus the related reviews', withSource, () => {
    const bullets = sections.get('What works?')!.bullets.length;
    assert.equal(summary.whatWorks.filter((w) => w.restsOn.length > 0).length, bullets);
    assert.equal(summary.whatWorks.length, bullets + 1);
  });

  test('one evidence gap per gap the source names', () => {
    const gapRows = new Set(SOURCE_MAP.filter((r) => r.collection === 'evidenceGaps').map((r) => r.id));
    assert.equal(summary.evidenceGaps.length, gapRows.size);
    assert.equal(gapRows.size, 5);
  });

  test('the headline is the opening paragraph of the key findings', () => {
    assert.deepEqual(
      summary.findings.filter((f) => f.headline).map((f) => f.id),
      ['ecm-integrated-system', 'no-direct-evidence', 'indirect-evidence-of-effectiveness'],
    );
  });
});

describe('metadata and rights (d)', () => {
  test('publication date, number and series', () => {
    assert.equal(summary.meta.published, '2009-03');
    assert.equal(summary.meta.number, 3);
    assert.equal(norm(summary.meta.series), norm('Early Years progress map summary'));
  });

  test('publication date, number and title are the source\'s', withSource, () => {
    assert.ok(source.includes('\nMarch 2009\n'));
    assert.ok(source.includes('\nNumber 3\n'));
    assert.ok(source.includes(`\n${summary.meta.title}\n`), 'the title is the source title');
  });

  test('publisher and copyright are kept', () => {
    assert.equal(summary.meta.publisher, "Centre for Excellence and Outcomes in Children and Young People's Services");
    assert.equal(summary.meta.publisherShort, 'C4EO');
    assert.ok(summary.meta.copyright.includes('© C4EO 2009'), summary.meta.copyright);
    assert.match(summary.meta.copyright, /All rights reserved/);
    assert.match(summary.meta.citation, /^C4EO \(2009\) /);
  });

  test('publisher and copyright are the source\'s', withSource, () => {
    assert.ok(norm(source).includes(norm(summary.meta.publisher)));
    assert.ok(source.includes('© C4EO 2009') && source.includes('All rights reserved'));
  });

  const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/;
  const PHONE = /\b0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}\b/;

  test('the address and phone checks recognise the ones in the source', withSource, () => {
    assert.match(source, POSTCODE);
    assert.match(source, PHONE);
  });

  test('no postal address or phone number anywhere in the content file', () => {
    for (const s of ['Wakley Street', 'Wakley', '020 7843', '7843 6358', 'EC1V', 'tel ']) {
      assert.ok(!contentText.includes(s), `the content file does not contain "${s}"`);
    }
    assert.doesNotMatch(contentText, POSTCODE);
    assert.doesNotMatch(contentText, PHONE);
  });
});

describe('no rating wording next to a claim of a different level (e)', () => {
  test("each finding's level is the one its wording maps to", () => {
    for (const f of summary.findings.filter((x) => x.grade)) {
      assert.equal(levelFor(f.grade!.wording), f.grade!.level, `${f.id}: "${f.grade!.wording}"`);
    }
  });

  const SPLITS: Array<{ sentence: [string, string]; ids: [string, string]; levels: [EvidenceLevel, EvidenceLevel] }> = [
    { sentence: ['robust evidence', 'indirect evidence'], ids: ['combined-approaches', 'combined-approaches-integration'], levels: ['strong', 'indirect'] },
    { sentence: ['no direct and definitive evidence', 'some indirect and partial evidence'], ids: ['no-direct-evidence', 'indirect-evidence-of-effectiveness'], levels: ['none', 'indirect'] },
  ];
  for (const s of SPLITS) {
    test(`the source grades "${s.sentence[0]}" and "${s.sentence[1]}" in one sentence`, withSource, () => {
      const sentences = norm(source).split(/(?<=[.?!])\s+|\n/);
      assert.ok(sentences.some((x) => x.includes(s.sentence[0]) && x.includes(s.sentence[1])));
    });

    test(`the sentence with "${s.sentence[0]}" and "${s.sentence[1]}" is split into two linked findings`, () => {
      const [a, b] = s.ids.map((id) => summary.findings.find((f) => f.id === id));
      assert.ok(a && b, 'both findings exist');
      assert.notEqual(a.id, b.id);
      assert.deepEqual([a.grade?.level, b.grade?.level], s.levels);
      assert.equal(norm(a.grade!.wording), s.sentence[0]);
      assert.equal(norm(b.grade!.wording), s.sentence[1]);
      assert.ok(a.related.includes(b.id) && b.related.includes(a.id), 'they are linked both ways by related:');
    });
  }

  test('no item carries rating words of another level; ungraded items carry none', () => {
    const collections: Collection[] = ['findings', 'stakeholderViews', 'implications', 'whatWorks', 'evidenceGaps'];
    for (const c of collections) {
      for (const item of summary[c] as Array<{ id: string }>) {
        const level = c === 'findings' ? summary.findings.find((f) => f.id === item.id)!.grade?.level : undefined;
        for (const [phrase] of itemText(c, item.id).matchAll(RATING_PHRASES)) {
          assert.equal(levelFor(phrase), level, `${c} "${item.id}" says "${phrase}", which is ${levelFor(phrase)}, not ${level ?? 'ungraded'}`);
        }
      }
    }
  });

  test('the rating-phrase check recognises every wording in use (so it can fail)', () => {
    for (const f of summary.findings.filter((x) => x.grade)) {
      assert.ok(norm(f.grade!.wording).match(RATING_PHRASES), `"${f.grade!.wording}" is a rating phrase`);
    }
  });
});
