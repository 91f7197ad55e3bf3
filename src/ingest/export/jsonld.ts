import { evidenceOf } from '../../domain/evidence';
import { LINK_TYPES } from '../../domain/model';
import { COMMON_PROPERTIES, DATE_PATTERN, LABEL_PROPERTIES, LINK_PROPERTIES, SOURCE_PROPERTIES, type PropertyKind } from '../../domain/properties';
import { citedSources, compare, DERIVED_PROPERTIES, sortGraph, type ExportGraph, type ExportLink } from './graph';

/** IRIs of helixgraph's own terms (classes, properties, relationship types) and of its records. */
export const VOCAB_IRI = 'urn:helixgraph:vocab:';
export const ID_IRI = 'urn:helixgraph:id:';
export const LINK_IRI = 'urn:helixgraph:link:';
export const AGENT_IRI = 'urn:helixgraph:agent:';

/**
 * The JSON-LD context: PROV-O for provenance, Dublin Core terms for sources, RDF reification for
 * relationships, and helixgraph's vocabulary (`urn:helixgraph:vocab:`) for everything else, so
 * every key of the document expands to an IRI without fetching anything.
 */
export const JSONLD_CONTEXT = {
  '@version': 1.1,
  '@vocab': VOCAB_IRI,
  hg: VOCAB_IRI,
  hgid: ID_IRI,
  hglink: LINK_IRI,
  hgagent: AGENT_IRI,
  prov: 'http://www.w3.org/ns/prov#',
  dcterms: 'http://purl.org/dc/terms/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  schema: 'https://schema.org/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  name: 'rdfs:label',
  nameEn: { '@id': 'rdfs:label', '@language': 'en' },
  description: 'dcterms:description',
  title: 'dcterms:title',
  publisher: 'dcterms:publisher',
  date: 'dcterms:date',
  language: 'dcterms:language',
  url: { '@id': 'schema:url', '@type': '@id' },
  website: { '@id': 'schema:url', '@type': '@id' },
  wasDerivedFrom: { '@id': 'prov:wasDerivedFrom', '@type': '@id', '@container': '@set' },
  wasAssociatedWith: { '@id': 'prov:wasAssociatedWith', '@type': '@id' },
  used: { '@id': 'prov:used', '@type': '@id', '@container': '@set' },
  generated: { '@id': 'prov:generated', '@type': '@id', '@container': '@set' },
  invalidated: { '@id': 'prov:invalidated', '@type': '@id', '@container': '@set' },
  endedAtTime: { '@id': 'prov:endedAtTime', '@type': 'xsd:dateTime' },
  comment: 'rdfs:comment',
  restores: { '@id': 'hg:restores', '@type': '@id' },
  subject: { '@id': 'rdf:subject', '@type': '@id' },
  predicate: { '@id': 'rdf:predicate', '@type': '@vocab' },
  object: { '@id': 'rdf:object', '@type': '@id' },
  ...Object.fromEntries(LINK_TYPES.map((t) => [t, { '@id': `hg:${t}`, '@type': '@id', '@container': '@set' }])),
} as const;

const DECLARED: Record<string, PropertyKind> = Object.assign({}, COMMON_PROPERTIES, ...Object.values(LABEL_PROPERTIES), LINK_PROPERTIES, SOURCE_PROPERTIES);

/** A partial date keeps its precision as an XML Schema type: 2020 → gYear, 2020-08 → gYearMonth. */
function literal(key: string, value: unknown): unknown {
  if (DECLARED[key]?.type === 'date' && typeof value === 'string' && DATE_PATTERN.test(value)) {
    const type = value.length === 4 ? 'xsd:gYear' : value.length === 7 ? 'xsd:gYearMonth' : 'xsd:date';
    return { '@value': value, '@type': type };
  }
  return value;
}

function properties(record: Record<string, unknown>, skip: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort(compare)) {
    const value = record[key];
    if (skip.includes(key) || DERIVED_PROPERTIES.has(key) || value === null || value === undefined) continue;
    out[key] = literal(key, value);
  }
  return out;
}

const ref = (id: string) => `hgid:${id}`;
const agentRef = (name: string) => `hgagent:${encodeURIComponent(name)}`;

/** The IRI of a relationship: its ends and type joined by `/`, which no id contains. */
export function linkIri(link: Pick<ExportLink, 'type' | 'from' | 'to'>): string {
  return `hglink:${link.from}/${link.type}/${link.to}`;
}

/**
 * Writes a graph as JSON-LD with PROV-O provenance for every fact:
 *
 * - each source is a `prov:Entity` with its Dublin Core title, publisher, date and URL;
 * - each node is a `prov:Entity` typed with its label and its `evidence`, `prov:wasDerivedFrom`
 *   its sources, and states its outgoing STATED relationships directly (`"FUNDS": ["hgid:org:b"]`);
 * - each relationship is also reified as an `rdf:Statement` and `prov:Entity` (subject,
 *   predicate, object, its own properties, its `evidence`) `prov:wasDerivedFrom` its own sources,
 *   because a link may rest on other evidence than either end. A relationship that is not STATED
 *   (inferred, estimated, a placeholder or synthetic) is only reified: a reader of the plain
 *   triples alone never takes it for a stated fact.
 *
 * - each recorded change is a `prov:Activity` (its operation, `prov:endedAtTime`, `rdfs:comment`)
 *   `prov:wasAssociatedWith` its editor (a `prov:Agent` named by the key's name), `prov:used` the
 *   sources it cited, `prov:generated` the records it created or changed and `prov:invalidated`
 *   those it removed.
 *
 * The context is inline (no network needed to read the file); order is deterministic.
 */
export function toJsonld(input: ExportGraph): string {
  const graph = sortGraph(input);
  const outgoing = new Map<string, Map<string, string[]>>();
  for (const l of graph.links) {
    if (evidenceOf(l.props) !== 'STATED') continue;
    const byType = outgoing.get(l.from) ?? new Map<string, string[]>();
    byType.set(l.type, [...(byType.get(l.type) ?? []), ref(l.to)]);
    outgoing.set(l.from, byType);
  }
  const items: object[] = [];
  for (const s of graph.sources) {
    items.push({ '@id': ref(s.id), '@type': 'prov:Entity', ...properties(s, ['id', 'label']) });
  }
  for (const n of graph.nodes) {
    const links = Object.fromEntries([...(outgoing.get(n.id) ?? new Map<string, string[]>())].sort(([a], [b]) => compare(a, b)));
    items.push({
      '@id': ref(n.id),
      '@type': ['prov:Entity', n.label],
      ...properties(n, ['id', 'label', 'sourceIds']),
      evidence: evidenceOf(n),
      ...links,
      wasDerivedFrom: citedSources(n).map(ref),
    });
  }
  for (const l of graph.links) {
    items.push({
      '@id': linkIri(l),
      '@type': ['rdf:Statement', 'prov:Entity'],
      subject: ref(l.from),
      predicate: l.type,
      object: ref(l.to),
      ...properties(l.props, ['sourceIds']),
      evidence: evidenceOf(l.props),
      wasDerivedFrom: citedSources(l.props).map(ref),
    });
  }
  const agents = new Set<string>();
  for (const c of [...(input.changes ?? [])].sort((a, b) => a.seq - b.seq)) {
    agents.add(c.by);
    const iri = (e: (typeof c.entries)[number]) => (e.kind === 'link' ? linkIri({ type: String(e.type), from: String(e.from), to: String(e.to) }) : ref(e.target));
    const entries = [...c.entries].sort((a, b) => compare(a.target, b.target));
    items.push({
      '@id': ref(c.id),
      '@type': 'prov:Activity',
      operation: c.operation,
      endedAtTime: c.at,
      wasAssociatedWith: agentRef(c.by),
      used: [...c.sourceIds].sort(compare).map(ref),
      generated: entries.filter((e) => e.exists).map(iri),
      invalidated: entries.filter((e) => e.existed && !e.exists).map(iri),
      ...(c.comment ? { comment: c.comment } : {}),
      ...(c.restores ? { restores: ref(c.restores) } : {}),
    });
  }
  for (const by of [...agents].sort(compare)) items.push({ '@id': agentRef(by), '@type': 'prov:Agent', name: by });
  return `${JSON.stringify({ '@context': JSONLD_CONTEXT, '@graph': items }, null, 2)}\n`;
}
