import 'graphiql/graphiql.css';

import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * GraphiQL served by helixgraph itself at GET /graphql (bundled at build time: no CDN, works
 * offline), with the README's example queries as its first tabs. It sends requests to the same
 * /graphql, as JSON POSTs (which Apollo's CSRF prevention accepts).
 */

const RESEARCHER = `# A researcher: how is NTBIC tied into the ecosystem, and on what evidence?
query NtbicLinks {
  node(id: "org:ntbic") {
    ... on Actor {
      name shortName evidence
      parent { organization { shortName parent { organization { shortName } } } }
      links(types: [IMPLEMENTS, PARTNERS_WITH, FUNDS], first: 5) {
        totalCount
        nodes { type direction evidence evidenceNote node { id name } sources { title } }
      }
    }
  }
}
`;

const DASHBOARD = `# A dashboard: actors by sector, committed investment by sector, events per month
query DashboardCounts {
  counts(by: SECTOR) { key label count evidence { evidence count } }
  investmentTotals(by: SECTOR, statuses: [COMMITTED]) { label currency amount enterprises evidence { evidence amount } }
  eventsOverTime(interval: MONTH, projectId: "project:ntbic-craft-villages-2020") { period events participantVisits evidence { evidence count } }
}
`;

const POLICYMAKER = `# A policymaker: what did the task achieve, and which villages does no supporter reach?
query TaskAndGaps {
  projectReport(id: "project:ntbic-craft-villages-2020") {
    eventsByKind { kind count } participantVisits participantVisitsReported participantVisitsEvidence
    enterprisesConnected enterprisesInvested amounts { currency status amount evidence } lastEventDate
  }
  gaps { evidence unreachedVillages { village { name } } }
}
`;

/**
 * A document to open, from the address: `/graphql#query=…&variables=…` (the explorer's "the query
 * behind this" links). In the hash, so that the browser never sends it and GET /graphql stays the
 * page; null when the address names none.
 */
export function preloaded(hash: string): { query: string; variables?: string } | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const query = params.get('query');
  if (!query) return null;
  const variables = params.get('variables') ?? undefined;
  return { query, ...(variables ? { variables } : {}) };
}

/** A Storage kept in memory: a preloaded document opens as given, not under the tabs stored last time. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

const fetcher = createGraphiQLFetcher({ url: new URL('graphql', window.location.href.replace(/#.*$/, '').replace(/graphql\/?$/, '')).toString() });
const root = document.getElementById('graphiql');
if (root) {
  root.textContent = '';
  const open = preloaded(window.location.hash);
  const examples = [{ query: RESEARCHER }, { query: DASHBOARD }, { query: POLICYMAKER }];
  createRoot(root).render(
    createElement(GraphiQL, {
      fetcher,
      defaultTabs: open ? [open, ...examples] : examples,
      ...(open ? { query: open.query, variables: open.variables, storage: memoryStorage(), defaultEditorToolsVisibility: open.variables ? 'variables' : false } : { defaultEditorToolsVisibility: false }),
    }),
  );
}
