import { EVIDENCE_LEVELS, isEvidenceLevel, type EvidenceLevel } from './model';

/** The evidence of one property where it differs from its record's. */
export interface PropertyEvidence {
  property: string;
  evidence: EvidenceLevel;
}

const PAIR = /^([A-Za-z][A-Za-z0-9]*)=([A-Z]+)$/;

/**
 * Parses a `propertyEvidence` string (`date=SYNTHETIC,place=SYNTHETIC`) into pairs, or returns the
 * reason it is malformed. An empty string is no pairs.
 */
export function parsePropertyEvidence(text: string): PropertyEvidence[] | string {
  const out: PropertyEvidence[] = [];
  const seen = new Set<string>();
  for (const part of text.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    const m = PAIR.exec(part);
    if (!m) return `has "${part}", which is not property=LEVEL`;
    const [, property, level] = m;
    if (!isEvidenceLevel(level)) return `has "${part}": ${level} is not one of ${EVIDENCE_LEVELS.join(', ')}`;
    if (seen.has(property)) return `names ${property} twice`;
    seen.add(property);
    out.push({ property, evidence: level });
  }
  return out;
}

/** The pairs of a stored `propertyEvidence` value; malformed or absent values give none. */
export function propertyEvidenceOf(value: unknown): PropertyEvidence[] {
  if (typeof value !== 'string') return [];
  const parsed = parsePropertyEvidence(value);
  return typeof parsed === 'string' ? [] : parsed;
}

/**
 * The evidence level of a record or relationship as stored or imported: its `evidence` when it has
 * one; else, from the earlier flags, PLACEHOLDER for `placeholder: true`, ESTIMATED for
 * `estimate: true`; else STATED (every record cites a source).
 */
export function evidenceOf(stored: object): EvidenceLevel {
  const record = stored as { evidence?: unknown; placeholder?: unknown; estimate?: unknown };
  if (isEvidenceLevel(record.evidence)) return record.evidence;
  if (record.placeholder === true) return 'PLACEHOLDER';
  if (record.estimate === true) return 'ESTIMATED';
  return 'STATED';
}

/**
 * The flags derived from the levels, kept for readers of the earlier format: `placeholder` when
 * the record is a stand-in or synthetic, `estimate` when it or one of its properties is not stated
 * by a source as is (estimated or synthetic).
 */
export function derivedFlags(level: EvidenceLevel, properties: readonly PropertyEvidence[]): { placeholder: boolean; estimate: boolean } {
  const weakProperty = properties.some((p) => p.evidence === 'ESTIMATED' || p.evidence === 'SYNTHETIC');
  return {
    placeholder: level === 'PLACEHOLDER' || level === 'SYNTHETIC',
    estimate: level === 'ESTIMATED' || weakProperty,
  };
}

/** The evidence of one property of a record: its own when listed, else the record's. */
export function evidenceOfProperty(record: object, property: string): EvidenceLevel {
  const own = propertyEvidenceOf((record as { propertyEvidence?: unknown }).propertyEvidence).find((p) => p.property === property);
  return own ? own.evidence : evidenceOf(record);
}
