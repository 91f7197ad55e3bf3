/**
 * The benchmark's queries, each written three ways over the same data: helixgraph's GraphQL, the
 * floor's single hand-written Cypher statement (bench/floor/<name>.cypher), and @neo4j/graphql's
 * GraphQL where that library can express it. Each answer is reduced by a normalizer to the same
 * plain shape (nested lists sorted where their order carries no meaning), so the harness can check
 * that all three agree before it times anything.
 */
import { buildLuceneQuery } from '../src/domain/search';
import type { GeneratedPlan } from '../src/ingest/generate';

/** One implementation's request: a GraphQL document (helixgraph, @neo4j/graphql) or a floor statement. */
export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface BenchQuery {
  key: string;
  title: string;
  helixgraph: GraphQLRequest;
  /** Floor statement name (bench/floor/<name>.cypher) and its parameters. */
  floor: { name: string; params: Record<string, unknown> };
  /** The @neo4j/graphql request, or why that library cannot express the query. */
  neo4jGraphql: GraphQLRequest | { unsupported: string };
  /** Helixgraph Query fields this query needs (skipped when the schema lacks them). */
  needs?: string[];
  normalize: {
    helixgraph(data: any): unknown;
    floor(rows: any[]): unknown;
    neo4jGraphql?(data: any): unknown;
  };
}

/** The ids and texts the queries ask about, chosen from a generated dataset's plan. */
export interface BenchTargets {
  enterpriseId: string;
  sectorId: string;
  projectId: string;
  searchText: string;
  pathFrom: string;
  pathTo: string;
}

/** Targets in a dataset made by `generateBatches` with this plan (ids are derived from indices). */
export function targetsFor(plan: GeneratedPlan): BenchTargets {
  const e = plan.actors.Enterprise;
  return {
    enterpriseId: `gen:ent:${Math.floor(e / 2)}`,
    sectorId: 'gen:sector:handicrafts',
    projectId: `gen:project:${Math.floor(plan.projects / 2)}`,
    // "doanh nghiep 000010" matches the ten enterprises 0000100..0000109: fewer than a page.
    searchText: 'doanh nghiep 000010',
    pathFrom: `gen:ent:${Math.floor(e / 3)}`,
    pathTo: `gen:ent:${Math.floor((2 * e) / 3)}`,
  };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const sortedIds = (xs: Array<{ id: string }> | null | undefined) => (xs ?? []).map((x) => x.id).sort();
const round = (x: number) => Math.round(x * 1e6) / 1e6;
/** GraphQL enum value to stored label: SUPPORT_ORGANIZATION -> SupportOrganization. */
const enumToLabel = (v: string) => v.toLowerCase().replace(/(?:^|_)(\w)/g, (_m, c: string) => c.toUpperCase());

interface ReportFigures {
  eventsByKind: Array<{ kind: string; count: number; participantVisits: number }>;
  eventCount: number;
  participantVisits: number;
  lastEventDate: string | null;
  enterprisesConnected: number;
  enterprisesInvested: number;
  amounts: Array<{ currency: string; status: string; amount: number; investments: number }>;
  markets: string[];
  programs: string[];
}

function sortReport(r: ReportFigures): ReportFigures {
  return {
    ...r,
    eventsByKind: r.eventsByKind.filter((k) => k.count > 0).sort((a, b) => a.kind.localeCompare(b.kind)),
    amounts: [...r.amounts].map((a) => ({ ...a, amount: round(a.amount) })).sort((a, b) => a.currency.localeCompare(b.currency) || a.status.localeCompare(b.status)),
    markets: [...r.markets].sort(),
    programs: [...r.programs].sort(),
  };
}

/** The benchmark's queries for these targets. */
export function benchQueries(t: BenchTargets): BenchQuery[] {
  const lucene = buildLuceneQuery(t.searchText)!;
  return [
    {
      key: 'node',
      title: 'node by id',
      helixgraph: {
        query: 'query ($id: ID!) { node(id: $id) { id ... on Actor { name nameEn kind sphere placeholder } } }',
        variables: { id: t.enterpriseId },
      },
      floor: { name: 'getNode', params: { id: t.enterpriseId } },
      neo4jGraphql: {
        query: 'query ($id: ID!) { enterprises(where: { id: { eq: $id } }) { id name nameEn kind sphere placeholder } }',
        variables: { id: t.enterpriseId },
      },
      normalize: {
        helixgraph: (d) => ({ ...d.node, kind: enumToLabel(d.node.kind) }),
        floor: (rows) => rows[0]?.node ?? null,
        neo4jGraphql: (d) => d.enterprises[0] ?? null,
      },
    },
    {
      key: 'page',
      title: 'page of 100 enterprises + village, sectors, investments, sources',
      helixgraph: {
        query: `query ($sector: ID!) {
          actors(first: 100, filter: { kinds: [ENTERPRISE], sectorIds: [$sector] }) {
            nodes {
              id name
              sources { id title }
              ... on Enterprise {
                village { id name }
                sectors { nodes { id name } }
                investments { nodes { id amount currency } }
              }
            }
          }
        }`,
        variables: { sector: t.sectorId },
      },
      floor: { name: 'getEnterprisePage', params: { sector: t.sectorId, limit: 100 } },
      neo4jGraphql: {
        query: `query ($sector: ID!) {
          enterprises(where: { sectors: { some: { id: { eq: $sector } } } }, sort: [{ name: ASC }, { id: ASC }], limit: 100) {
            id name
            sources { id title }
            village { id name }
            sectors { id name }
            investments { id amount currency }
          }
        }`,
        variables: { sector: t.sectorId },
      },
      normalize: {
        helixgraph: (d) =>
          d.actors.nodes.map((n: any) => ({
            id: n.id,
            name: n.name,
            village: n.village?.id ?? null,
            sectors: sortedIds(n.sectors.nodes),
            investments: [...n.investments.nodes].sort(byId),
            sources: sortedIds(n.sources),
          })),
        floor: (rows) =>
          rows.map((r) => ({
            id: r.id,
            name: r.name,
            village: r.village?.id ?? null,
            sectors: sortedIds(r.sectors),
            investments: [...r.investments].sort(byId),
            sources: sortedIds(r.sources),
          })),
        neo4jGraphql: (d) =>
          d.enterprises.map((n: any) => ({
            id: n.id,
            name: n.name,
            village: n.village[0]?.id ?? null,
            sectors: sortedIds(n.sectors),
            investments: [...n.investments].sort(byId),
            sources: sortedIds(n.sources),
          })),
      },
    },
    {
      key: 'links2',
      title: "2-hop links of an actor (20 × 20, nested `links`)",
      helixgraph: {
        query: `query ($id: ID!) {
          node(id: $id) {
            ... on Entity {
              links(first: 20) { nodes { type node { id name links(first: 20) { nodes { type node { id name } } } } } }
            }
          }
        }`,
        variables: { id: t.enterpriseId },
      },
      floor: { name: 'getTwoHopLinks', params: { id: t.enterpriseId, limit: 20 } },
      neo4jGraphql: {
        unsupported: 'no field for "any relationship to any node": @relationship fields are typed by one relationship type and one target type',
      },
      normalize: {
        helixgraph: (d) =>
          d.node.links.nodes.map((l: any) => ({
            type: l.type,
            id: l.node.id,
            links: l.node.links.nodes.map((l2: any) => `${l2.type} ${l2.node.id}`),
          })),
        floor: (rows) => rows[0].links.map((l: any) => ({ type: l.type, id: l.id, links: l.links.map((l2: any) => `${l2.type} ${l2.id}`) })),
      },
    },
    {
      key: 'neighbourhood',
      title: 'neighbourhood of an actor (depth 2, 50 nodes)',
      needs: ['neighbourhood'],
      helixgraph: {
        query: 'query ($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 50) { totalNodes nodes { depth node { id } } links { type from to } } }',
        variables: { id: t.enterpriseId },
      },
      floor: { name: 'getNeighbourhood', params: { id: t.enterpriseId, limit: 50 } },
      neo4jGraphql: { unsupported: 'no k-hop subgraph query (only typed relationship fields, nested by hand)' },
      normalize: {
        helixgraph: (d) => ({
          totalNodes: d.neighbourhood.totalNodes,
          ids: d.neighbourhood.nodes.map((n: any) => n.node.id),
          links: d.neighbourhood.links.map((l: any) => `${l.type} ${l.from} ${l.to}`).sort(),
        }),
        floor: (rows) => ({ totalNodes: rows[0].totalNodes, ids: rows[0].ids, links: rows[0].links.map((l: any) => `${l.type} ${l.from} ${l.to}`).sort() }),
      },
    },
    {
      key: 'search',
      title: 'full-text search (enterprises)',
      helixgraph: {
        query: 'query ($q: String!) { search(query: $q, kinds: [ENTERPRISE], first: 20) { nodes { score node { id name } } } }',
        variables: { q: t.searchText },
      },
      floor: { name: 'searchEnterprises', params: { query: lucene, limit: 20 } },
      neo4jGraphql: {
        query: 'query ($q: String!) { searchEnterprises(phrase: $q, first: 20, sort: [{ score: DESC }]) { edges { score node { id name } } } }',
        variables: { q: lucene },
      },
      normalize: {
        helixgraph: (d) => d.search.nodes.map((h: any) => ({ id: h.node.id, name: h.node.name, score: round(h.score) })).sort(byId),
        floor: (rows) => rows.map((r) => ({ id: r.id, name: r.name, score: round(r.score) })).sort(byId),
        neo4jGraphql: (d) => d.searchEnterprises.edges.map((e: any) => ({ id: e.node.id, name: e.node.name, score: round(e.score) })).sort(byId),
      },
    },
    {
      key: 'counts',
      title: 'dashboard: actors by sector',
      helixgraph: { query: '{ counts(by: SECTOR) { key label count } }', variables: {} },
      floor: { name: 'countActorsBySector', params: {} },
      neo4jGraphql: { query: '{ sectors { id name actorsConnection { aggregate { count { nodes } } } } }', variables: {} },
      normalize: {
        // helixgraph also answers the actors in no sector (UNKNOWN), which the others leave out.
        helixgraph: (d) => d.counts.filter((c: any) => c.key !== 'UNKNOWN').sort((a: any, b: any) => a.key.localeCompare(b.key)),
        floor: (rows) => rows.map((r) => ({ key: r.key, label: r.label, count: r.count })).sort((a, b) => a.key.localeCompare(b.key)),
        neo4jGraphql: (d) =>
          d.sectors
            .map((s: any) => ({ key: s.id, label: s.name, count: s.actorsConnection.aggregate.count.nodes }))
            .filter((s: any) => s.count > 0)
            .sort((a: any, b: any) => a.key.localeCompare(b.key)),
      },
    },
    {
      key: 'report',
      title: 'project report',
      helixgraph: {
        query: `query ($id: ID!) {
          projectReport(id: $id) {
            eventsByKind { kind count participantVisits } eventCount participantVisits lastEventDate
            enterprisesConnected enterprisesInvested amounts { currency status amount investments }
            markets { id } programs { id }
          }
        }`,
        variables: { id: t.projectId },
      },
      floor: { name: 'getProjectReport', params: { id: t.projectId } },
      neo4jGraphql: {
        query: `query ($id: ID!) {
          projects(where: { id: { eq: $id } }) {
            events { kind date participantVisits }
            connectedConnection { aggregate { count { nodes } } }
            investments { amount currency status enterprise { id } }
            markets { id }
            programs { id }
          }
        }`,
        variables: { id: t.projectId },
      },
      normalize: {
        helixgraph: (d) => {
          const r = d.projectReport;
          return sortReport({ ...r, markets: r.markets.map((m: any) => m.id), programs: r.programs.map((p: any) => p.id) });
        },
        floor: (rows) => sortReport(rows[0] as ReportFigures),
        neo4jGraphql: (d) => {
          const p = d.projects[0];
          const kinds = new Map<string, { kind: string; count: number; participantVisits: number }>();
          let last: string | null = null;
          for (const e of p.events) {
            const k = kinds.get(e.kind) ?? { kind: e.kind, count: 0, participantVisits: 0 };
            k.count += 1;
            k.participantVisits += e.participantVisits ?? 0;
            kinds.set(e.kind, k);
            if (e.date && (last === null || e.date > last)) last = e.date;
          }
          const amounts = new Map<string, { currency: string; status: string; amount: number; investments: number }>();
          const invested = new Set<string>();
          for (const i of p.investments) {
            const key = `${i.currency}|${i.status}`;
            const a = amounts.get(key) ?? { currency: i.currency, status: i.status, amount: 0, investments: 0 };
            a.amount += i.amount;
            a.investments += 1;
            amounts.set(key, a);
            for (const e of i.enterprise) invested.add(e.id);
          }
          return sortReport({
            eventsByKind: [...kinds.values()],
            eventCount: p.events.length,
            participantVisits: p.events.reduce((s: number, e: any) => s + (e.participantVisits ?? 0), 0),
            lastEventDate: last,
            enterprisesConnected: p.connectedConnection.aggregate.count.nodes,
            enterprisesInvested: invested.size,
            amounts: [...amounts.values()],
            markets: p.markets.map((m: any) => m.id),
            programs: p.programs.map((m: any) => m.id),
          });
        },
      },
    },
    {
      key: 'path',
      title: 'shortest path between two enterprises',
      needs: ['shortestPath'],
      helixgraph: {
        query: 'query ($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxHops: 6) { length } }',
        variables: { from: t.pathFrom, to: t.pathTo },
      },
      floor: { name: 'findShortestPath', params: { from: t.pathFrom, to: t.pathTo } },
      neo4jGraphql: { unsupported: 'no path queries (would need a hand-written @cypher field)' },
      normalize: {
        helixgraph: (d) => ({ length: d.shortestPath?.length ?? null }),
        floor: (rows) => ({ length: rows[0]?.length ?? null }),
      },
    },
  ];
}
