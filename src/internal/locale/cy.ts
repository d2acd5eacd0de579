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
    moderate: 'Cymedrol', // inferred (tystiolaeth gymedrol)
    emerging: 'Yn dod i’r amlwg', // sourced (tystiolaeth sy’n dod i’r amlwg)
    indirect: 'Anuniongyrchol', // sourced (usage)
    none: 'Dim tystiolaeth uniongyrchol', // inferred
  },
  levelDefinition: {
    strong: 'Mae’r ffynhonnell yn disgrifio’r dystiolaeth fel tystiolaeth gadarn neu gref.', // inferred
    moderate: 'Mae’r ffynhonnell yn dweud bod rhywfaint o dystiolaeth.', // inferred
    emerging: 'Mae’r ffynhonnell yn dweud bod astudiaethau’n awgrymu hyn: mae’r dystiolaeth ar raddfa fach neu’n arwyddol.', // inferred
    indirect: 'Dim ond tystiolaeth anuniongyrchol a rhannol y mae’r ffynhonnell yn ei chanfod.', // inferred
    none: 'Nid yw’r ffynhonnell yn canfod tystiolaeth uniongyrchol.', // inferred
  },
  strengthOfEvidence: 'Cryfder y dystiolaeth', // inferred
  sourceSays: 'mae’r ffynhonnell yn dweud', // inferred
  notGraded: 'Heb ei raddio', // inferred
  notGradedExplanation: 'Mae’r ffynhonnell yn gwneud y datganiad hwn heb raddio’r dystiolaeth ar ei gyfer.', // inferred
  whatThisMeans: 'Beth mae hyn yn ei olygu', // sourced
  scaleNote:
    'Dehongliad y llyfrgell hon o eiriau’r ffynhonnell yw’r pum lefel (cryf, cymedrol, yn dod i’r amlwg, anuniongyrchol, dim tystiolaeth uniongyrchol). Geiriau’r ffynhonnell ei hun yw’r geiriau mewn dyfynodau.', // inferred
  levelOf: (position, total) => `lefel ${position} o ${total}`, // inferred
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
  // @messages:widgets-b (eg-implications, eg-what-works, eg-references, eg-provenance)
  // @messages:widgets-c (eg-summary, eg-glossary-term, themes)
};
