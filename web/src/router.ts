/**
 * Hash routes, so the server needs no fallback: `#/` and `#/search?q=…&kinds=…` (search),
 * `#/actor/<id>` and `#/entity/<id>` (one entity), `#/dashboard`, `#/gaps?evidence=…&province=…`,
 * `#/edit` (the key and the forms that add).
 * Pure: no DOM here.
 */
export type Route =
  | { page: 'search'; query: string; kinds: SearchScope }
  | { page: 'entity'; id: string }
  | { page: 'dashboard' }
  | { page: 'edit' }
  | { page: 'gaps'; evidence?: GapsEvidence; province?: string }
  | { page: 'brokers'; params: BrokersParams }
  | { page: 'notFound'; hash: string };

/** How far the Gaps page's answers may go (web/src/evidence.ts EVIDENCE_OF_CHOICE); absent: the sources only. */
export const GAPS_EVIDENCE = ['sources', 'estimates', 'synthetic'] as const;
export type GapsEvidence = (typeof GAPS_EVIDENCE)[number];

/** The Brokers page's choices, as given in its hash (checked by the page against what it offers). */
export interface BrokersParams {
  measure?: string;
  kind?: string;
  sphere?: string;
  province?: string;
  evidence?: string;
  from?: string;
  to?: string;
}
export const BROKERS_PARAMS = ['measure', 'kind', 'sphere', 'province', 'evidence', 'from', 'to'] as const;

/** The search filters offered as chips. */
export const SEARCH_SCOPES = ['all', 'actors', 'villages', 'programs', 'events'] as const;
export type SearchScope = (typeof SEARCH_SCOPES)[number];

function isScope(value: string | null): value is SearchScope {
  return value !== null && (SEARCH_SCOPES as readonly string[]).includes(value);
}

/** An id in a hash: encoded, but with its `:` kept readable (`#/actor/org:ntbic`). */
export function encodeId(id: string): string {
  return encodeURIComponent(id).replace(/%3A/gi, ':');
}

/** The route of a location hash (with or without the leading `#`); unknown hashes give notFound. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [path, search = ''] = raw.split('?', 2);
  const parts = path.split('/').filter((p) => p !== '');
  const params = new URLSearchParams(search);
  if (parts.length === 0 || (parts.length === 1 && parts[0] === 'search')) {
    const kinds = params.get('kinds');
    return { page: 'search', query: params.get('q') ?? '', kinds: isScope(kinds) ? kinds : 'all' };
  }
  if ((parts[0] === 'actor' || parts[0] === 'entity') && parts.length >= 2) {
    try {
      return { page: 'entity', id: decodeURIComponent(parts.slice(1).join('/')) };
    } catch {
      return { page: 'notFound', hash: raw };
    }
  }
  if (parts.length === 1 && parts[0] === 'dashboard') return { page: 'dashboard' };
  if (parts.length === 1 && parts[0] === 'edit') return { page: 'edit' };
  if (parts.length === 1 && parts[0] === 'brokers') {
    const out: BrokersParams = {};
    for (const key of BROKERS_PARAMS) {
      const value = params.get(key);
      if (value) out[key] = value;
    }
    return { page: 'brokers', params: out };
  }
  if (parts.length === 1 && parts[0] === 'gaps') {
    const evidence = params.get('evidence');
    const province = params.get('province');
    return {
      page: 'gaps',
      ...(evidence && (GAPS_EVIDENCE as readonly string[]).includes(evidence) && evidence !== 'sources' ? { evidence: evidence as GapsEvidence } : {}),
      ...(province ? { province } : {}),
    };
  }
  return { page: 'notFound', hash: raw };
}

/** The hash of a route; an entity's hash says `actor` for actors, `entity` for everything else. */
export function routeHash(route: Route, isActor = false): string {
  switch (route.page) {
    case 'search': {
      const params = new URLSearchParams();
      if (route.query) params.set('q', route.query);
      if (route.kinds !== 'all') params.set('kinds', route.kinds);
      const qs = params.toString();
      return qs ? `#/search?${qs}` : '#/';
    }
    case 'entity':
      return `#/${isActor ? 'actor' : 'entity'}/${encodeId(route.id)}`;
    case 'dashboard':
      return '#/dashboard';
    case 'edit':
      return '#/edit';
    case 'brokers': {
      const params = new URLSearchParams();
      for (const key of BROKERS_PARAMS) if (route.params[key]) params.set(key, route.params[key]!);
      const qs = params.toString().replace(/%3A/gi, ':');
      return qs ? `#/brokers?${qs}` : '#/brokers';
    }
    case 'gaps': {
      const params = new URLSearchParams();
      if (route.evidence && route.evidence !== 'sources') params.set('evidence', route.evidence);
      if (route.province) params.set('province', route.province);
      const qs = params.toString().replace(/%3A/gi, ':');
      return qs ? `#/gaps?${qs}` : '#/gaps';
    }
    case 'notFound':
      return `#${route.hash}`;
  }
}
