import {
  ACTOR_KINDS,
  CURRENCIES,
  EVENT_KINDS,
  EVIDENCE_LEVELS,
  HELIX_SPHERES,
  INVESTMENT_STATUSES,
  OUTPUT_KINDS,
  type NodeLabel,
} from './model';

/**
 * The properties each label may carry in the import format and in Neo4j, with their kinds.
 * The importer refuses any other property, so a typo never silently becomes a new field.
 */
export type PropertyKind =
  | { type: 'string'; required?: boolean; maxLength?: number }
  | { type: 'url' }
  | { type: 'date' } // YYYY, YYYY-MM or YYYY-MM-DD (a partial date keeps its precision)
  | { type: 'int'; min?: number }
  | { type: 'float'; min?: number }
  | { type: 'bool' }
  | { type: 'enum'; values: readonly string[] };

const name = { type: 'string', required: true, maxLength: 300 } as const;
const text = { type: 'string', maxLength: 5000 } as const;
const short = { type: 'string', maxLength: 300 } as const;

/**
 * The evidence of a record (see EVIDENCE_LEVELS), what its level rests on (the method of an
 * estimate, the reasoning of an inference, what a stand-in stands for), and the evidence of single
 * properties where it differs from the record's, as `property=LEVEL` pairs separated by commas
 * (`date=SYNTHETIC,participantVisits=SYNTHETIC`): one string, so that CSV cells, GraphML and GEXF
 * attributes and Neo4j properties all carry it unchanged. `placeholder` and `estimate` are the
 * earlier flags: still read (a record without `evidence` gets PLACEHOLDER or ESTIMATED from them)
 * and still stored, derived from the levels.
 */
const EVIDENCE_PROPERTIES: Record<string, PropertyKind> = {
  evidence: { type: 'enum', values: EVIDENCE_LEVELS },
  evidenceNote: text,
  propertyEvidence: { type: 'string', maxLength: 2000 },
  placeholder: { type: 'bool' },
  estimate: { type: 'bool' },
};

/** Properties every node may carry, whatever its label. */
export const COMMON_PROPERTIES: Record<string, PropertyKind> = {
  name,
  nameEn: short,
  description: text,
  ...EVIDENCE_PROPERTIES,
  note: text,
};

const ACTOR_PROPERTIES: Record<string, PropertyKind> = {
  sphere: { type: 'enum', values: HELIX_SPHERES },
  shortName: short,
  website: { type: 'url' },
  founded: { type: 'date' },
};

export const LABEL_PROPERTIES: Record<NodeLabel, Record<string, PropertyKind>> = {
  ...(Object.fromEntries(ACTOR_KINDS.map((k) => [k, ACTOR_PROPERTIES])) as Record<
    (typeof ACTOR_KINDS)[number],
    Record<string, PropertyKind>
  >),
  CraftVillage: { craft: short, craftEn: short, commune: short, district: short },
  Province: { region: short, code: short },
  Sector: { code: short },
  Program: { code: short, decisionDate: { type: 'date' }, startDate: { type: 'date' }, endDate: { type: 'date' } },
  Project: {
    code: short,
    startDate: { type: 'date' },
    endDate: { type: 'date' },
    acceptedDate: { type: 'date' },
    /** Participant visits over all the project's events, as one figure (the document's total). */
    participantVisits: { type: 'int', min: 0 },
    /** The same figure in the source's own words, when it is not exact ("nearly 1,000"). */
    participantVisitsReported: short,
    /** Investment committed through the project in all, as the source states it (its split may not be known). */
    investmentCommitted: { type: 'float', min: 0 },
    investmentCurrency: { type: 'enum', values: CURRENCIES },
  },
  Event: {
    kind: { type: 'enum', values: EVENT_KINDS },
    date: { type: 'date' },
    place: short,
    participantVisits: { type: 'int', min: 0 },
  },
  Output: { kind: { type: 'enum', values: OUTPUT_KINDS }, date: { type: 'date' } },
  Investment: {
    amount: { type: 'float', min: 0 },
    currency: { type: 'enum', values: CURRENCIES },
    status: { type: 'enum', values: INVESTMENT_STATUSES },
    date: { type: 'date' },
  },
  Market: { countryCode: short },
};

/** Properties a relationship may carry besides its type, ends and sources. */
export const LINK_PROPERTIES: Record<string, PropertyKind> = {
  role: short,
  since: { type: 'date' },
  until: { type: 'date' },
  ...EVIDENCE_PROPERTIES,
  note: text,
};

/** Properties of a provenance record. */
export const SOURCE_PROPERTIES: Record<string, PropertyKind> = {
  title: { type: 'string', required: true, maxLength: 500 },
  publisher: short,
  url: { type: 'url' },
  date: { type: 'date' },
  language: short,
  note: text,
};

/** Properties required of a label beyond `name` (enforced by the importer). */
export const REQUIRED_BY_LABEL: Partial<Record<NodeLabel, readonly string[]>> = {
  Event: ['kind'],
  Output: ['kind'],
  Investment: ['amount', 'currency', 'status'],
};

export const DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
