import { describe, expect, it } from 'vitest';

import { communitiesOfNetwork, detectCommunities } from '../../../src/analytics/communities';
import { CompactNetwork, FOLD_SLICE, foldCompactNetwork } from '../../../src/analytics/compactNetwork';
import { networkDataFromDataset } from '../../../src/analytics/dataset';
import { coverageMatrix, projectOnlyEnterprises, unreached, type GapInput } from '../../../src/analytics/gaps';
import { helixLinkage } from '../../../src/analytics/helix';
import { DEFAULT_PROJECTION, projectActorNetwork, type NetworkData, type ProjectionOptions, type TieGraph } from '../../../src/analytics/projection';
import { sphereBrokers } from '../../../src/analytics/sphereBrokers';
import { suggestLinks } from '../../../src/analytics/suggestions';
import { generateDataset } from '../../../src/ingest/generate';
import { actors, affiliations, ties, villages } from './fixture';

/** Every node with its neighbours in iteration order, and every tie with its weight and provenance. */
function dump(graph: TieGraph) {
  const nodes: Array<[string, string, string, string[]]> = [];
  const tiesOut: Record<string, unknown> = {};
  graph.forEachNode((node, attrs) => {
    const neighbours: string[] = [];
    graph.forEachNeighbor(node, (n) => {
      neighbours.push(n);
      if (node < n) tiesOut[`${node}|${n}`] = graph.getEdgeAttributes(node, n);
    });
    nodes.push([node, attrs.kind, attrs.sphere, neighbours]);
  });
  return { order: graph.order, size: graph.size, nodes, ties: tiesOut };
}

const folded = async (data: NetworkData, projection: ProjectionOptions = DEFAULT_PROJECTION) => ({
  compact: (await foldCompactNetwork(data, projection)),
  graphology: projectActorNetwork(data.actors, data.ties, data.affiliations, projection),
});

const generated = networkDataFromDataset(generateDataset({ actors: 600, seed: 11 }));

describe('the compact actor network', () => {
  it('has the ties, weights, provenance and neighbour order of projectActorNetwork on the fixture', async () => {
    const data = { actors, ties, affiliations };
    for (const projection of [DEFAULT_PROJECTION, { ...DEFAULT_PROJECTION, via: ['EVENT', 'PROJECT', 'INVESTMENT', 'VILLAGE'] as const }, { ...DEFAULT_PROJECTION, maxCoMembers: 1 }]) {
      const { compact, graphology } = await folded(data, projection);
      expect(dump(compact.graph)).toEqual(dump(graphology.graph));
      expect(compact.cappedContexts).toEqual(graphology.cappedContexts);
    }
    // A hand check that the comparison is not vacuous: inc–gov rest on PART_OF and project p1.
    const { compact } = await folded(data);
    expect(compact.graph.getEdgeAttributes('gov', 'inc')).toEqual({
      weight: 2,
      provenance: [
        { via: 'PART_OF', context: null, evidence: 'STATED' },
        { via: 'PROJECT', context: 'p1', evidence: 'STATED' },
      ],
    });
  });

  it('is the same network as projectActorNetwork on a generated ecosystem, with capped events', async () => {
    const { compact, graphology } = await folded(generated, { ...DEFAULT_PROJECTION, maxCoMembers: 20 });
    expect(compact.graph.size).toBeGreaterThan(1000);
    expect(compact.cappedContexts.length).toBeGreaterThan(0);
    expect(dump(compact.graph)).toEqual(dump(graphology.graph));
    expect(compact.cappedContexts).toEqual(graphology.cappedContexts);
  });

  it('gives the same answers: gaps, coverage, suggestions, helix linkage, sphere brokers and Louvain communities', async () => {
    const data = networkDataFromDataset(generateDataset({ actors: 300, seed: 5 }));
    const { compact, graphology } = await folded(data);
    const gapVillages = villages;
    const on = (network: { graph: TieGraph }): GapInput => ({ network, actors: data.actors, villages: gapVillages, affiliations: data.affiliations });
    expect(unreached(on(compact))).toEqual(unreached(on(graphology)));
    expect(projectOnlyEnterprises(on(compact))).toEqual(projectOnlyEnterprises(on(graphology)));
    expect(coverageMatrix(on(compact), 'PROVINCE')).toEqual(coverageMatrix(on(graphology), 'PROVINCE'));
    expect(helixLinkage(compact.graph, data.actors, 'SECTOR')).toEqual(helixLinkage(graphology.graph, data.actors, 'SECTOR'));
    expect(sphereBrokers(compact.graph, 'GOVERNMENT', 'INDUSTRY', 20)).toEqual(sphereBrokers(graphology.graph, 'GOVERNMENT', 'INDUSTRY', 20));
    const communities = detectCommunities(compact.graph);
    expect(communities).toEqual(detectCommunities(graphology.graph));
    expect(communities.count).toBeGreaterThan(1);
    // In a worker thread (as for a large network): the same communities.
    expect(await communitiesOfNetwork(compact.graph, {}, 0)).toEqual(communities);
    expect(await communitiesOfNetwork(compact.graph, { seed: 2 }, 0)).toEqual(detectCommunities(graphology.graph, { seed: 2 }));
    let suggested = 0;
    for (const id of data.actors.slice(0, 40).map((a) => a.id)) {
      const mine = suggestLinks(compact.graph, id, { communities: communities.membership });
      expect(mine).toEqual(suggestLinks(graphology.graph, id, { communities: communities.membership }));
      suggested += mine.length;
    }
    expect(suggested).toBeGreaterThan(0);
  });

  it('keeps one reason per relationship type between two actors, on the firmer evidence, as projectActorNetwork does', async () => {
    const data: NetworkData = {
      actors: [
        { id: 'a', kind: 'SupportOrganization', sphere: 'GOVERNMENT', name: 'A', villageIds: [], provinceIds: [], sectorIds: [] },
        { id: 'b', kind: 'Enterprise', sphere: 'INDUSTRY', name: 'B', villageIds: [], provinceIds: [], sectorIds: [] },
      ],
      ties: [
        { from: 'a', to: 'b', type: 'SUPPORTS', evidence: 'PLACEHOLDER' },
        { from: 'a', to: 'b', type: 'SUPPORTS', evidence: 'STATED' },
        { from: 'b', to: 'a', type: 'PARTNERS_WITH', evidence: 'INFERRED' },
      ],
      // An actor the rows do not list takes part in no tie.
      affiliations: [
        { contextId: 'ev', fold: 'EVENT', actorId: 'a', role: 'host', projectIds: [] },
        { contextId: 'ev', fold: 'EVENT', actorId: 'ghost', role: 'member', projectIds: [] },
      ],
    };
    const { compact, graphology } = await folded(data);
    const expected = {
      weight: 2,
      provenance: [
        { via: 'SUPPORTS', context: null, evidence: 'STATED' },
        { via: 'PARTNERS_WITH', context: null, evidence: 'INFERRED' },
      ],
    };
    expect(compact.graph.getEdgeAttributes('a', 'b')).toEqual(expected);
    expect(graphology.graph.getEdgeAttributes('a', 'b')).toEqual(expected);
    expect(compact.graph.size).toBe(1);
    expect(compact.graph.hasEdge('b', 'a')).toBe(true);
    expect(compact.graph.hasEdge('a', 'ghost')).toBe(false);
    expect(() => compact.graph.getEdgeAttributes('a', 'a')).toThrow(/no tie/);
  });

  it('gives up the event loop while folding a large network', async () => {
    // Enough reasons for several slices: other callbacks run between them (a fold that held the
    // loop would let this chain run once, after it ended).
    const big = networkDataFromDataset(generateDataset({ actors: 6000, seed: 3 }));
    let ticks = 0;
    let done = false;
    const spin = () => {
      ticks += 1;
      if (!done) setImmediate(spin);
    };
    setImmediate(spin);
    const network = await foldCompactNetwork(big);
    done = true;
    expect(network.graph.size).toBeGreaterThan(2 * FOLD_SLICE);
    expect(ticks).toBeGreaterThanOrEqual(Math.floor(network.graph.size / FOLD_SLICE));
  });

  it('is read-only to Louvain and says which actor it lacks', async () => {
    const { compact } = await folded({ actors, ties, affiliations });
    expect(compact.graph).toBeInstanceOf(CompactNetwork);
    expect(() => compact.graph.louvainView().dropNode()).toThrow(/read-only/);
    expect(() => compact.graph.degree('nobody')).toThrow(/no actor nobody/);
  });
});
