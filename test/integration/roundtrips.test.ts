import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { importDataset } from '../../src/ingest/importer';
import { startTestServer, type TestServer } from '../helpers/server';

const PREFIX = 'test:rt:';
let server: TestServer;

/** 20 more enterprises (in a real village and sector, each with an investment) so a page of 50 exists. */
function extraEnterprises() {
  const src = `${PREFIX}source`;
  const nodes: any[] = [];
  const links: any[] = [];
  for (let i = 0; i < 20; i++) {
    const id = `${PREFIX}ent:${i}`;
    nodes.push({ id, label: 'Enterprise', name: `Test enterprise ${i}`, placeholder: true, sources: [src] });
    nodes.push({ id: `${PREFIX}inv:${i}`, label: 'Investment', name: `Test investment ${i}`, amount: 1000 + i, currency: 'USD', status: 'COMMITTED', sources: [src] });
    links.push({ type: 'LOCATED_IN', from: id, to: 'village:bat-trang', sources: [src] });
    links.push({ type: 'ACTIVE_IN', from: id, to: 'sector:handicrafts', sources: [src] });
    links.push({ type: 'RECEIVED', from: id, to: `${PREFIX}inv:${i}`, sources: [src] });
  }
  return { format: 'helixgraph-dataset', version: 1, sources: [{ id: src, title: 'Round-trip test fixture' }], nodes, links };
}

beforeAll(async () => {
  server = await startTestServer();
  await importDataset(server.app.db.executor, extraEnterprises(), 'roundtrips fixture');
});
afterAll(async () => {
  await server.app.db.executor.runText('MATCH (n:Entity) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: PREFIX });
  await server.stop();
});

const PAGE = `query ($first: Int!) {
  actors(first: $first, filter: { kinds: [ENTERPRISE] }) {
    nodes {
      id name
      sources { title }
      ... on Enterprise {
        village { name }
        sectors { nodes { name } }
        investments { nodes { amount currency sources { title } } }
      }
    }
  }
}`;

describe('round trips to Neo4j', () => {
  it('are the same for 50 enterprises with village, sectors, investments and sources as for 5', async () => {
    const five = await server.gql(PAGE, { first: 5 });
    const fifty = await server.gql(PAGE, { first: 50 });
    expect(five.errors).toBeUndefined();
    expect(fifty.errors).toBeUndefined();
    expect(five.data!.actors.nodes).toHaveLength(5);
    expect(fifty.data!.actors.nodes).toHaveLength(50);
    const rt5 = five.extensions!.queryStats!.roundTrips;
    const rt50 = fifty.extensions!.queryStats!.roundTrips;
    expect(rt50).toBe(rt5);
    // list + one batch of relationships (village, sectors, investments) + one batch of sources;
    // the investments' sources join the same sources batch or add one more level.
    expect(rt50).toBeLessThanOrEqual(4);
  });

  it('answer nested fields from the right parents', async () => {
    const res = await server.gql(PAGE, { first: 50 });
    const fixture = res.data!.actors.nodes.filter((n: any) => n.id.startsWith(PREFIX));
    expect(fixture.length).toBeGreaterThan(0);
    for (const e of fixture) {
      const i = Number(e.id.split(':').pop());
      expect(e.village).toEqual({ name: 'Làng gốm Bát Tràng' });
      expect(e.sectors.nodes).toEqual([{ name: 'Thủ công mỹ nghệ' }]);
      expect(e.investments.nodes).toEqual([{ amount: 1000 + i, currency: 'USD', sources: [{ title: 'Round-trip test fixture' }] }]);
    }
  });

  it('are one for a project report with its project, programs, implementers, markets, last event and sectors', async () => {
    const res = await server.gql(`{
      projectReport(id: "project:ntbic-craft-villages-2020") {
        eventCount enterprisesInvested
        project { id name }
        programs { id name }
        implementers { id name }
        markets { id name }
        lastEvent { id date }
        investedBySector { sector { id name } enterprises }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const r = res.data!.projectReport;
    expect(r.project.id).toBe('project:ntbic-craft-villages-2020');
    expect(r.programs.length).toBeGreaterThan(0);
    expect(r.implementers.length).toBeGreaterThan(0);
    expect(r.markets.length).toBeGreaterThan(0);
    expect(r.lastEvent.date).toMatch(/^2020-08/);
    expect(r.investedBySector[0].sector.name).toBeTruthy();
    expect(res.extensions!.queryStats!.roundTrips).toBe(1);
  });
});
