/**
 * The ecosystem model: every node label, actor kind, helix sphere and relationship type that
 * helixgraph knows, and which relationship may join which labels.
 *
 * This file is the single whitelist behind the GraphQL enums and the importer: no user string
 * ever becomes a label or a relationship type unless it is one of the constants below.
 */

/** Actor kinds: each is a Neo4j label next to the common `:Actor` label. */
export const ACTOR_KINDS = [
  'Enterprise',
  'SupportOrganization',
  'Intermediary',
  'GovernmentAgency',
  'ResearchInstitute',
  'Investor',
  'InternationalOrganization',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Context labels: the things actors act in, on and through. */
export const CONTEXT_LABELS = [
  'CraftVillage',
  'Province',
  'Sector',
  'Program',
  'Project',
  'Event',
  'Output',
  'Investment',
  'Market',
] as const;
export type ContextLabel = (typeof CONTEXT_LABELS)[number];

/** Every label an imported node may carry (Source is provenance, kept apart). */
export const NODE_LABELS = [...ACTOR_KINDS, ...CONTEXT_LABELS] as const;
export type NodeLabel = ActorKind | ContextLabel;

/** The helix spheres of the quadruple-helix model, extended with finance and international. */
export const HELIX_SPHERES = [
  'INDUSTRY',
  'GOVERNMENT',
  'ACADEMIA',
  'CIVIL_SOCIETY',
  'FINANCE',
  'INTERNATIONAL',
] as const;
export type HelixSphere = (typeof HELIX_SPHERES)[number];

/** The sphere an actor belongs to when its record does not say otherwise. */
export const DEFAULT_SPHERE: Record<ActorKind, HelixSphere> = {
  Enterprise: 'INDUSTRY',
  SupportOrganization: 'CIVIL_SOCIETY',
  Intermediary: 'CIVIL_SOCIETY',
  GovernmentAgency: 'GOVERNMENT',
  ResearchInstitute: 'ACADEMIA',
  Investor: 'FINANCE',
  InternationalOrganization: 'INTERNATIONAL',
};

export const EVENT_KINDS = [
  'SCIENTIFIC_WORKSHOP',
  'CONSULTATION_WORKSHOP',
  'TRAINING_COURSE',
  'CONNECTION_WORKSHOP',
  'DEMO_DAY',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const OUTPUT_KINDS = ['TRAINING_MATERIALS', 'DEVELOPMENT_MODEL', 'REPORT'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

export const INVESTMENT_STATUSES = ['COMMITTED', 'DISBURSED'] as const;
export type InvestmentStatus = (typeof INVESTMENT_STATUSES)[number];

/**
 * How well a record, a relationship or one property is supported by its sources, strongest first.
 *
 *  - STATED: a cited source states it.
 *  - INFERRED: it follows from what the sources state, but none states it (the note says how).
 *  - PLACEHOLDER: a stand-in for something a source says exists but does not name (an anonymous
 *    enterprise the document counts): its existence is stated, its identity is not. It ranks above
 *    ESTIMATED because a count of stand-ins is the source's own count, while an estimate is ours.
 *  - ESTIMATED: a figure derived or rounded by us from stated figures (the note gives the method).
 *  - SYNTHETIC: an assignment made up to fill a gap the sources leave (which village an anonymous
 *    enterprise is in, who attended which event, a per-event split of a total): never evidence.
 *
 * A figure that combines several records rests on its weakest element.
 */
export const EVIDENCE_LEVELS = ['STATED', 'INFERRED', 'PLACEHOLDER', 'ESTIMATED', 'SYNTHETIC'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/**
 * The evidence an answer rests on unless the caller says otherwise: everything the sources support,
 * anonymous stand-ins included (the document counts them), synthetic assignments left out.
 */
export const DEFAULT_EVIDENCE: readonly EvidenceLevel[] = ['STATED', 'INFERRED', 'PLACEHOLDER', 'ESTIMATED'];

export function isEvidenceLevel(value: unknown): value is EvidenceLevel {
  return typeof value === 'string' && (EVIDENCE_LEVELS as readonly string[]).includes(value);
}

/** The weaker of evidence levels (SYNTHETIC is the weakest); STATED for none. */
export function weakestEvidence(levels: Iterable<EvidenceLevel>): EvidenceLevel {
  let worst = 0;
  for (const l of levels) worst = Math.max(worst, EVIDENCE_LEVELS.indexOf(l));
  return EVIDENCE_LEVELS[worst];
}

/** ISO 4217 codes accepted for amounts. */
export const CURRENCIES = ['USD', 'VND', 'EUR', 'JPY'] as const;
export type Currency = (typeof CURRENCIES)[number];

const ACTOR = ACTOR_KINDS;
const ORGS = ACTOR_KINDS.filter((k) => k !== 'Enterprise');

/**
 * Relationship types with the labels allowed at each end. `from`/`to` list labels, and an actor
 * kind matches itself only (use ACTOR for any actor).
 */
export const LINK_RULES = {
  /** An organization is part of a parent organization (since/until give validity). */
  PART_OF: { from: ORGS, to: ORGS },
  /** An actor or a village is located in a village or province. */
  LOCATED_IN: { from: [...ACTOR, 'CraftVillage', 'Event'], to: ['CraftVillage', 'Province'] },
  /** An actor or a village works in a sector. */
  ACTIVE_IN: { from: [...ACTOR, 'CraftVillage'], to: ['Sector'] },
  /** A government agency owns or manages a program (or a project). */
  MANAGES: { from: ['GovernmentAgency'], to: ['Program', 'Project'] },
  /** A program funds a project; an investor or agency funds an organization. */
  FUNDS: { from: ['Program', ...ORGS], to: ['Project', ...ACTOR] },
  /** An organization implements a project. */
  IMPLEMENTS: { from: ORGS, to: ['Project'] },
  /** A project or organization organized an event. */
  ORGANIZED: { from: [...ORGS, 'Project'], to: ['Event'] },
  /** An actor took part in an event. */
  PARTICIPATED_IN: { from: ACTOR, to: ['Event'] },
  /** A project produced an output. */
  PRODUCED: { from: ['Project'], to: ['Output'] },
  /** An organization supports an enterprise, a village or another organization. */
  SUPPORTS: { from: ORGS, to: [...ACTOR, 'CraftVillage'] },
  /** A project connected an enterprise (brought it into the network). */
  CONNECTED: { from: ['Project'], to: ACTOR },
  /** An investor made an investment. */
  INVESTED: { from: ['Investor'], to: ['Investment'] },
  /** An enterprise received an investment. */
  RECEIVED: { from: ['Enterprise'], to: ['Investment'] },
  /** An investment, event or output came out of a project. */
  RESULT_OF: { from: ['Investment', 'Output'], to: ['Project'] },
  /** Two organizations work together. */
  PARTNERS_WITH: { from: ACTOR, to: ACTOR },
  /** An actor or project targets a market. */
  TARGETS_MARKET: { from: [...ACTOR, 'Project'], to: ['Market'] },
} as const satisfies Record<string, { from: readonly NodeLabel[]; to: readonly NodeLabel[] }>;

export type LinkType = keyof typeof LINK_RULES;
export const LINK_TYPES = Object.keys(LINK_RULES) as LinkType[];

/** Link types that tie two actors directly: the edges of the actor network used by analytics. */
export const ACTOR_TIE_TYPES: readonly LinkType[] = ['PART_OF', 'FUNDS', 'SUPPORTS', 'PARTNERS_WITH'];

export function isActorKind(value: string): value is ActorKind {
  return (ACTOR_KINDS as readonly string[]).includes(value);
}

export function isNodeLabel(value: string): value is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(value);
}

export function isLinkType(value: string): value is LinkType {
  return Object.prototype.hasOwnProperty.call(LINK_RULES, value);
}

/** Whether a relationship of `type` may go from a node labelled `from` to one labelled `to`. */
export function linkAllowed(type: LinkType, from: NodeLabel, to: NodeLabel): boolean {
  const rule = LINK_RULES[type];
  return (rule.from as readonly string[]).includes(from) && (rule.to as readonly string[]).includes(to);
}
