import fs from 'node:fs';
import path from 'node:path';

import { fromRoot } from '../paths';

/**
 * Every Cypher statement the application runs, named `area/verbNoun` after its file
 * `cypher/<area>/<verbNoun>.cypher`. Code refers to statements only through these names, so a
 * reviewer reads each query on its own and start-up fails when a file is missing.
 */
export const QUERY_NAMES = [
  'node/getNodesByIds',
  'node/getSourcesByIds',
  'node/countEmptyDatabase',
  'node/getLinksOfNodes',
  'node/countLinksOfNodes',
  'dashboard/countNodesByProperty',
  'dashboard/countNodesBySector',
  'dashboard/countNodesByVillage',
  'dashboard/countNodesByProvince',
  'dashboard/countNodesByProgram',
  'dashboard/sumInvestmentsBy',
  'dashboard/eventsOverTime',
  'dashboard/getProjectReport',
  'dashboard/countNodesWithoutSources',
  'ingest/mergeSources',
  'ingest/mergeNodes',
  'ingest/mergeLinks',
  'ingest/findExistingIds',
  // curation (mutations)
  'curation/deleteNode',
  'curation/deleteLink',
  'curation/getMergeLinks',
  'curation/setLinks',
  // likely duplicates (issue 18): candidates by folded name and by place
  'duplicate/findByNameTerms',
  'duplicate/findInPlaces',
  'duplicate/getPlacesOf',
  // change history (issue 18)
  'change/openChange',
  'change/snapshotNodesBefore',
  'change/snapshotLinksBefore',
  'change/snapshotLinksOf',
  'change/snapshotNodesAfter',
  'change/snapshotLinksAfter',
  'change/closeChange',
  'change/getLastChanges',
  'change/getEntriesOfChange',
  'change/revertEntries',
  'change/findChanges',
  'change/countChanges',
  'change/findChangesOfTarget',
  'change/countChangesOfTarget',
  'migration/getApplied',
  'migration/recordApplied',
  // export (GraphML, GEXF, JSON, JSON-LD)
  'export/getNodesPage',
  'export/getNodesByIds',
  'export/getLinksFrom',
  'export/getSourcesPage',
  'export/getSourcesByIds',
  'export/findNeighbourIds',
  'export/findIdsInSector',
  'export/findIdsInProvince',
  'export/getChanges',
  // analytics (network measures, traversal, gaps)
  'analytics/getActors',
  'analytics/getActorTies',
  'analytics/getAffiliations',
  'analytics/getVillages',
  'analytics/getSectorActivity',
  'analytics/setMeasures',
  'analytics/mergeMeasuresRun',
  'analytics/getMeasuresRun',
  'analytics/getGraphVersion',
  'analytics/getCommunities',
  'analytics/findShortestPath',
  'analytics/findAllShortestPaths',
  'analytics/getNeighbourhood',
  // Graph Data Science (when installed): the actor network projected and measured in Neo4j
  'gds/countVersionFunction',
  'gds/getVersion',
  'gds/projectActorNetwork',
  'gds/dropGraph',
  'gds/streamActorNodes',
  'gds/streamArcs',
  'gds/mutateDegree',
  'gds/mutatePageRank',
  'gds/mutateBetweenness',
  'gds/mutateCloseness',
  'gds/mutateLouvain',
  'gds/streamNodeProperties',
  // bulk import fast path (streamed imports, the generator)
  'ingest/createNodes',
  'ingest/createLinks',
] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

/** The loaded statements, keyed by name. */
export type CypherRegistry = ReadonlyMap<QueryName, string>;

/**
 * Reads every named statement from `dir` (default `cypher/`). Throws listing every missing file
 * and every `.cypher` file that no name refers to (dead queries), so the two never drift apart.
 */
export function loadCypher(dir = fromRoot('cypher')): CypherRegistry {
  const registry = new Map<QueryName, string>();
  const missing: string[] = [];
  for (const name of QUERY_NAMES) {
    const file = path.join(dir, `${name}.cypher`);
    if (!fs.existsSync(file)) {
      missing.push(file);
      continue;
    }
    registry.set(name, fs.readFileSync(file, 'utf8'));
  }
  const known = new Set<string>(QUERY_NAMES);
  const unused = listCypherFiles(dir)
    // Migrations are applied by name; compiled/ holds the read compiler's golden files
    // (test/unit/compiledCypher.test.ts), which are statements made per document, not named ones.
    .filter((rel) => !rel.startsWith('migrations/') && !rel.startsWith('compiled/'))
    .map((rel) => rel.replace(/\.cypher$/, ''))
    .filter((name) => !known.has(name));
  if (missing.length > 0 || unused.length > 0) {
    const parts = [];
    if (missing.length > 0) parts.push(`missing Cypher files: ${missing.join(', ')}`);
    if (unused.length > 0) parts.push(`Cypher files not listed in QUERY_NAMES: ${unused.join(', ')}`);
    throw new Error(parts.join('; '));
  }
  return registry;
}

function listCypherFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listCypherFiles(path.join(dir, entry.name), rel));
    else if (entry.name.endsWith('.cypher')) out.push(rel);
  }
  return out;
}
