/** The graph's vocabulary as the page needs it: node types, actor kinds, spheres, their colours. */

export const ACTOR_TYPES = [
  'Enterprise',
  'SupportOrganization',
  'Intermediary',
  'GovernmentAgency',
  'ResearchInstitute',
  'Investor',
  'InternationalOrganization',
] as const;

export const OTHER_TYPES = ['CraftVillage', 'Province', 'Sector', 'Program', 'Project', 'Event', 'Output', 'Investment', 'Market'] as const;

/** ActorKind enum value → GraphQL type name (ENTERPRISE → Enterprise). */
export const KIND_TO_TYPE: Record<string, string> = {
  ENTERPRISE: 'Enterprise',
  SUPPORT_ORGANIZATION: 'SupportOrganization',
  INTERMEDIARY: 'Intermediary',
  GOVERNMENT_AGENCY: 'GovernmentAgency',
  RESEARCH_INSTITUTE: 'ResearchInstitute',
  INVESTOR: 'Investor',
  INTERNATIONAL_ORGANIZATION: 'InternationalOrganization',
};

export const ACTOR_KINDS = Object.keys(KIND_TO_TYPE);

/** The kinds that count as supporters in the gaps analysis (the server's default). */
export const SUPPORTER_KINDS = ['SUPPORT_ORGANIZATION', 'INTERMEDIARY', 'RESEARCH_INSTITUTE', 'INVESTOR'];

export const SPHERES = ['INDUSTRY', 'GOVERNMENT', 'ACADEMIA', 'CIVIL_SOCIETY', 'FINANCE', 'INTERNATIONAL'] as const;

export function isActorType(typename: string): boolean {
  return (ACTOR_TYPES as readonly string[]).includes(typename);
}

/** Colours by node type: strong for actors, softer for the things around them. */
export const TYPE_COLOURS: Record<string, string> = {
  Enterprise: '#4e79a7',
  SupportOrganization: '#f28e2b',
  Intermediary: '#e15759',
  GovernmentAgency: '#17becf',
  ResearchInstitute: '#59a14f',
  Investor: '#d4a017',
  InternationalOrganization: '#b07aa1',
  CraftVillage: '#9c755f',
  Province: '#a5a5a5',
  Sector: '#6b6ecf',
  Program: '#d37295',
  Project: '#ff9da7',
  Event: '#8cd17d',
  Output: '#b6992d',
  Investment: '#f1ce63',
  Market: '#86bcb6',
};

export const SPHERE_COLOURS: Record<string, string> = {
  INDUSTRY: '#4e79a7',
  GOVERNMENT: '#e15759',
  ACADEMIA: '#59a14f',
  CIVIL_SOCIETY: '#f28e2b',
  FINANCE: '#d4a017',
  INTERNATIONAL: '#b07aa1',
};

/** Non-actors when colouring by sphere. */
export const NO_SPHERE_COLOUR = '#c8c8c8';

/** Search scopes → the NodeLabel values they search (null: everything). */
export const SCOPE_LABELS: Record<string, string[] | null> = {
  all: null,
  actors: ['ENTERPRISE', 'SUPPORT_ORGANIZATION', 'INTERMEDIARY', 'GOVERNMENT_AGENCY', 'RESEARCH_INSTITUTE', 'INVESTOR', 'INTERNATIONAL_ORGANIZATION'],
  villages: ['CRAFT_VILLAGE'],
  programs: ['PROGRAM', 'PROJECT'],
  events: ['EVENT'],
};

/** A node as the page shows it in lists and maps. */
export interface NodeRef {
  __typename: string;
  id: string;
  name: string;
  nameEn?: string | null;
  shortName?: string | null;
  kind?: string | null;
  sphere?: string | null;
  placeholder?: boolean;
  /** What the record rests on (the API's Evidence), when asked for. */
  evidence?: string;
  evidenceNote?: string | null;
}

/** The GraphQL selection that fills a NodeRef. */
export const NODE_REF = `__typename id ... on Entity { name nameEn placeholder evidence evidenceNote } ... on Actor { shortName sphere }`;
