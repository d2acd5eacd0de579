import type { Messages } from './en.js';

/**
 * Geiriau’r llyfrgell yn Gymraeg (the library's own words in Welsh).
 *
 * REVIEW: needs a Welsh speaker's check before release. Terms come from
 * ../shared/WELSH.md; those marked "inferred" there (level names such as
 * "gymedrol", "Copïo’r cyfeirnod", "Dim tystiolaeth uniongyrchol", the error
 * sentences) are composed from sourced parts and are marked `// inferred` below.
 */
export const cy: Messages = {
  levelName: {
    strong: 'Cryf', // inferred (tystiolaeth gref)
    moderate: 'Rhywfaint', // inferred (rhywfaint o dystiolaeth)
    emerging: 'Mae astudiaethau’n awgrymu', // inferred (WELSH.md: studies suggest)
    indirect: 'Anuniongyrchol yn unig', // inferred (tystiolaeth anuniongyrchol yn unig, usage)
    none: 'Dim tystiolaeth uniongyrchol a phendant', // inferred
  },
  strengthOfEvidence: 'Cryfder y dystiolaeth', // inferred
  sourceWords: 'geiriau’r ffynhonnell', // inferred
  libraryReading: 'dehongliad y llyfrgell hon', // inferred
  notGraded: 'Heb ei raddio', // inferred
  notGradedExplanation: 'Mae’r ffynhonnell yn gwneud y datganiad hwn heb raddio’r dystiolaeth ar ei gyfer.', // inferred
  scaleNote: 'Geiriau’r ffynhonnell yw’r geiriau mewn dyfynodau. Y lefel ar eu hôl yw dehongliad y llyfrgell hon ohonynt, ar ei graddfa pum cam ei hun: nid GRADE nac unrhyw raddfa gyhoeddedig arall.', // inferred
  readWith: 'Darllenwch hwn gyda', // inferred
  source: 'Ffynhonnell', // sourced
  basedOn: 'yn seiliedig ar', // sourced
  published: 'Cyhoeddwyd', // sourced
  linkFrom2009: (year) => `dolen fel y’i rhoddwyd yn ${year}; efallai nad yw’n gweithio mwyach`, // inferred
  loading: 'Yn llwytho…', // sourced (usage)
  somethingWentWrong: 'Mae problem wedi codi', // sourced
  tryAgain: 'Rhoi cynnig arall arni', // sourced
  summaryNotFound: (id) => `Ni ellir dod o hyd i’r crynodeb tystiolaeth “${id}”.`, // inferred (pattern sourced)
  itemNotFound: (kind, id, summary) => `Ni ellir dod o hyd i’r ${kind} “${id}” yn y crynodeb “${summary}”.`, // inferred
  missingAttribute: (tag, attribute) => `Mae angen priodoledd ${attribute} ar <${tag}>.`, // inferred
  invalidLevel: (value) => `Nid yw “${value}” yn lefel tystiolaeth.`, // inferred
  loadFailed: 'Nid oedd modd llwytho’r crynodeb tystiolaeth.', // inferred
  kind: { finding: 'canfyddiad' }, // sourced
  months: [
    'Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin',
    'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr',
  ], // sourced
  monthYear: (month, year) => `${month} ${year}`, // inferred (CLDR pattern)
  // @messages:widgets-a (eg-key-findings, eg-stakeholder-views, eg-evidence-caveat, eg-evidence-gaps)
  keyFindings: 'Canfyddiadau allweddol', // sourced (usage)
  overallConclusion: 'Casgliad cyffredinol y crynodeb', // inferred
  hiddenFindings: (count, level) =>
    `${count === 1 ? 'Mae 1 canfyddiad wedi’i guddio' : `Mae ${count} o ganfyddiadau wedi’u cuddio`}: dim ond y casgliad cyffredinol a’r canfyddiadau y mae’r llyfrgell hon yn eu darllen fel “${level}” neu’n gryfach sy’n cael eu dangos.`, // inferred
  allFindingsShown: (count) => `Mae pob un o’r ${count} canfyddiad yn cael eu dangos.`, // inferred
  showAllFindings: (count) => `Dangos pob un o’r ${count} canfyddiad`, // inferred
  showFewerFindings: (level) => `Cuddio canfyddiadau gwannach na “${level}”`, // inferred
  stakeholderViews: 'Safbwyntiau rhanddeiliaid', // sourced (parts)
  stakeholderView: 'Safbwynt rhanddeiliaid', // inferred
  stakeholderViewNote: 'Safbwynt y canfu astudiaethau fod gan randdeiliaid, nid tystiolaeth am ganlyniadau.', // inferred
  stakeholderFinding: 'Canfu astudiaethau o randdeiliaid', // inferred
  stakeholderFindingNote: 'Yr hyn a ganfu astudiaethau o safbwyntiau rhanddeiliaid, nid tystiolaeth am ganlyniadau.', // inferred
  heldBy: 'Pwy sy’n arddel y safbwynt', // inferred
  aboutTheEvidence: 'Nodyn am y dystiolaeth', // inferred
  importantPrefix: 'Noder', // sourced
  evidenceGaps: 'Bylchau yn y dystiolaeth', // sourced
  evidenceGapPrefix: 'Bwlch yn y dystiolaeth', // inferred
  kindStakeholderView: 'safbwynt rhanddeiliaid', // inferred
  kindEvidenceGap: 'bwlch yn y dystiolaeth', // inferred
  // @messages:widgets-b (eg-implications, eg-what-works, eg-references, eg-provenance)
  invalidValue: (attribute, value, valid) => `Nid yw “${value}” yn werth dilys ar gyfer ${attribute}. Defnyddiwch un o’r rhain: ${valid}.`, // inferred
  implications: {
    heading: 'Goblygiadau', // sourced
    forLocal: 'Ar gyfer penderfynwyr a rheolwyr lleol', // inferred
    forNational: 'Ar gyfer llywodraeth ranbarthol a chenedlaethol', // inferred
    showFor: 'Dangos goblygiadau ar gyfer', // inferred ("Dangos" sourced)
    option: { all: 'Y ddwy', local: 'Lleol', national: 'Cenedlaethol' }, // "Y ddwy" inferred (cynulleidfa, fem.); Lleol, Cenedlaethol sourced
  },
  whatWorks: 'Beth sy’n gweithio', // sourced
  restsOnFindings: 'Yn seiliedig ar y canfyddiadau hyn', // inferred ("yn seiliedig ar" sourced)
  relatedReviews: 'Adolygiadau cysylltiedig', // inferred
  references: 'Cyfeiriadau', // sourced
  referenceRole: {
    'main-review': 'Prif adolygiad', // inferred
    'scoping-study': 'Astudiaeth gwmpasu', // inferred
    'related-review': 'Adolygiad cysylltiedig', // inferred
    cited: 'Gwaith a ddyfynnwyd', // inferred
  },
  kindReference: 'cyfeirnod', // inferred
  copyCitation: 'Copïo’r cyfeirnod', // inferred
  citationCopied: 'Cyfeirnod wedi’i gopïo', // inferred
  citationLabel: 'Cyfeirnod', // inferred
  copyFallbackInstruction: 'Nid oedd modd copïo’r cyfeirnod yn awtomatig. Mae wedi’i ddewis: pwyswch Ctrl+C (neu Cmd+C ar Mac) i’w gopïo.', // inferred
  aboutThisSummary: 'Am y crynodeb tystiolaeth hwn', // inferred (pattern sourced: "Am ein Mapiau Tystiolaeth")
  publisher: 'Cyhoeddwr', // inferred
  series: 'Cyfres', // inferred
  basedOnLabel: 'Yn seiliedig ar', // sourced
  checkedAgainstSource: 'Testun y llyfrgell hon wedi’i wirio yn erbyn y ffynhonnell', // inferred
  copyright: 'Hawlfraint', // inferred
  howToCite: 'Sut i gyfeirio at y crynodeb hwn', // inferred
  ageNotice: (monthYear, years) =>
    `Cyhoeddwyd ym mis ${monthYear} (${years === 1 ? '1 flwyddyn' : `${years} o flynyddoedd`} yn ôl); efallai fod tystiolaeth fwy diweddar ar gael.`, // inferred ("Cyhoeddwyd ym mis" sourced)
  dayMonthYear: (day, month, year) => `${day} ${month} ${year}`, // sourced (d MMMM y)
  // @messages:widgets-c (eg-summary, eg-glossary-term, themes)
  glossary: {
    term: 'term geirfa', // inferred
    libraryWords: 'diffiniad yng ngeiriau’r llyfrgell hon, nid geiriau’r ffynhonnell', // inferred
  },
  summary: {
    about: 'Am y crynodeb hwn', // inferred
    scope: 'Cwmpas', // inferred
    introduction: 'Cyflwyniad', // inferred
    context: 'Cyd-destun polisi yn 2009', // inferred
    views: 'Safbwyntiau rhanddeiliaid', // sourced (parts)
    glossary: 'Geirfa', // inferred
    glossaryNote: 'Geiriau’r llyfrgell hon yw’r diffiniadau hyn, nid geiriau’r ffynhonnell: nid yw’r ffynhonnell yn diffinio’i thermau.', // inferred
    contents: 'Cynnwys', // sourced
  },
  unknownTheme: (name) => `Nid yw “${name}” yn thema, felly defnyddir yr edrychiad diofyn.`, // inferred
};
