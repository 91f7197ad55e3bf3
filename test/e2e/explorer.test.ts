import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { NOT_BUILT_HTML, webRoute } from '../../src/server/web.route';
import { startTestServer, type TestServer } from '../helpers/server';
import { DESKTOP, PHONE, SCREENSHOTS, launchChromium, type Chromium, type WatchedPage } from './browser';
import { decodePng, pixelsNear } from './png';

// The explorer's colours of a craft village and a province (web/src/model.ts TYPE_COLOURS).
const VILLAGE_COLOUR = '#9c755f';
const PROVINCE_COLOUR = '#a5a5a5';
const MAP_BACKGROUND = '#fbfcfd';

// The Gaps page's default evidence (the sources': no estimate, no synthetic assignment) and supporter kinds.
const SOURCES = ['STATED', 'INFERRED', 'PLACEHOLDER'];
const SUPPORTERS = 'SUPPORT_ORGANIZATION, INTERMEDIARY, RESEARCH_INSTITUTE, INVESTOR';

let server: TestServer;
let chromium: Chromium;

beforeAll(async () => {
  server = await startTestServer();
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await server?.stop();
});

/** Everything a page asked for came from the helixgraph server itself (no CDN, no font service). */
function expectOnlyLocalRequests(watched: WatchedPage): void {
  const foreign = watched.requests.filter((url) => !url.startsWith(`${server.base}/`) && !url.startsWith('data:'));
  expect(foreign).toEqual([]);
}

async function shot(watched: WatchedPage, name: string): Promise<void> {
  await watched.page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: true });
}

// Pages wait up to a minute for their first answers: a cold Neo4j plans each query once.
describe('the explorer web page', { timeout: 180_000 }, () => {
  it('is served at / next to GraphQL at /graphql, with a policy that forbids other origins', async () => {
    const res = await fetch(`${server.base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await res.text();
    expect(html).toContain('<div id="app">');
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const js = await fetch(`${server.base}/${script}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect((await server.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it('finds Bát Tràng as "bat trang" is typed, opens the village, and draws its map; a click on a node opens it', async () => {
    const watched = await chromium.open(DESKTOP);
    const { page } = watched;
    await page.goto(`${server.base}/`);
    await page.locator('#search-input').pressSequentially('bat trang', { delay: 40 });
    // The answer to the whole query (on a busy machine a pause mid-typing may ask for "bat t" first).
    const hit = page.locator('#search-results[data-query="bat trang"] .hit[data-id="village:bat-trang"]');
    await hit.waitFor({ timeout: 60_000 });
    expect(await page.locator('#search-results').getAttribute('data-query')).toBe('bat trang');
    expect(await hit.locator('.hit-name').innerText()).toBe('Bat Trang pottery village');
    expect(await hit.innerText()).toContain('Làng gốm Bát Tràng');
    // The query lives in the hash: a reload shows the same results.
    expect(new URL(page.url()).hash).toBe('#/search?q=bat+trang');
    await shot(watched, 'search.png');

    await hit.locator('a.hit-link').click();
    await page.waitForURL(/#\/entity\/village:bat-trang$/);
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 60_000 }).toBe('Bat Trang pottery village');
    const map = page.locator('#ego-map[data-state="ready"]');
    await map.waitFor({ timeout: 60_000 });

    // The map holds exactly the 1-hop neighbourhood the API returns, drawn with WebGL.
    const hood = await server.gql<{ neighbourhood: { nodes: Array<{ node: { id: string } }>; links: Array<{ from: string; to: string }> } }>(
      '{ neighbourhood(id: "village:bat-trang", depth: 1, limit: 150) { nodes { node { id } } links { from to } } }',
    );
    const nodes = hood.data!.neighbourhood.nodes.map((n) => n.node.id);
    const pairs = new Set(hood.data!.neighbourhood.links.map((l) => [l.from, l.to].sort().join('|')));
    expect(nodes.length).toBeGreaterThan(1);
    expect(await map.getAttribute('data-renderer')).toBe('webgl');
    expect(await map.getAttribute('data-nodes')).toBe(String(nodes.length));
    expect(await map.getAttribute('data-edges')).toBe(String(pairs.size));

    // And it is really drawn: the canvas is not blank, the village (the centre) and Hanoi are painted.
    const image = decodePng(await map.screenshot());
    const background = pixelsNear(image, MAP_BACKGROUND, 2).length;
    expect(image.width * image.height - background).toBeGreaterThan(2_000);
    expect(pixelsNear(image, VILLAGE_COLOUR, 6).length).toBeGreaterThan(100);
    const province = pixelsNear(image, PROVINCE_COLOUR, 4);
    expect(province.length).toBeGreaterThan(20);
    await shot(watched, 'village.png');

    // Clicking Hanoi's node opens Hanoi.
    const box = (await map.boundingBox())!;
    const xs = province.map((p) => p.x).sort((a, b) => a - b);
    const ys = province.map((p) => p.y).sort((a, b) => a - b);
    await page.mouse.move(box.x + xs[xs.length >> 1], box.y + ys[ys.length >> 1]);
    await page.mouse.click(box.x + xs[xs.length >> 1], box.y + ys[ys.length >> 1]);
    await page.waitForURL(/#\/entity\/province:ha-noi$/, { timeout: 10_000 });
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 60_000 }).toBe('Hanoi');

    expect(watched.errors).toEqual([]);
    expectOnlyLocalRequests(watched);
    await page.close();
  });

  it("shows an actor's facts with sources, links by type and network measures", async () => {
    const watched = await chromium.open(DESKTOP);
    const { page } = watched;
    await page.goto(`${server.base}/#/actor/org:ntbic`);
    await page.locator('#ego-map[data-state="ready"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('h1').innerText()).toBe('Technology Business Incubator Center (NTBIC)');
    const expected = await server.gql<{ node: { sources: Array<{ id: string }>; links: { totalCount: number }; measures: { degree: number } | null } }>(
      '{ node(id: "org:ntbic") { ... on Actor { sources { id } links { totalCount } measures { degree } } } }',
    );
    const node = expected.data!.node;
    expect(await page.locator('.sources li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-source')))).toEqual(node.sources.map((s) => s.id));
    expect(await page.locator('.links-card h2').innerText()).toBe(`Links · ${node.links.totalCount} links`);
    expect(await page.locator('.link-group[data-link-type="IMPLEMENTS"] a[data-id="project:ntbic-craft-villages-2020"]').count()).toBe(1);
    if (node.measures) {
      const degree = page.locator('[data-measures] .stat[data-measure="degree"]');
      expect(await degree.locator('.stat-value').innerText()).toBe(String(node.measures.degree));
      expect(await degree.locator('.stat-label').innerText()).toBe('Degree');
    }
    await shot(watched, 'actor.png');
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it("shows the founding project's figures on the dashboard with their evidence: 2/5/2/2/1 events, nearly 1,000 visits (960 estimated), 40 connected, 10 invested, USD 360,000", async () => {
    const watched = await chromium.open(DESKTOP);
    const { page } = watched;
    await page.goto(`${server.base}/#/dashboard`);
    await page.locator('[data-figure="participantVisits"]').waitFor({ timeout: 60_000 });
    const report = page.locator('[data-report="project:ntbic-craft-villages-2020"]');
    const eventsByKind = await report
      .locator('[data-chart="events-by-kind"] li')
      .evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-key'), Number(li.getAttribute('data-value'))]));
    expect(eventsByKind).toEqual([
      ['SCIENTIFIC_WORKSHOP', 2],
      ['CONSULTATION_WORKSHOP', 5],
      ['TRAINING_COURSE', 2],
      ['CONNECTION_WORKSHOP', 2],
      ['DEMO_DAY', 1],
    ]);
    // Per-event visits are synthetic: unknown on the default evidence, never 0.
    for (const value of await report.locator('[data-chart="events-by-kind"] .bar-value').allInnerTexts()) expect(value).toMatch(/^\d+ · unknown participant visits$/);
    const figure = (id: string) => report.locator(`[data-figure="${id}"] .figure-value`).innerText();
    const evidenceOf = (id: string) => report.locator(`[data-figure="${id}"]`).getAttribute('data-evidence');
    // The visits as the document states them, the 960 beside them as our estimate.
    expect(await figure('participantVisits')).toBe('nearly 1,000');
    expect(await evidenceOf('participantVisits')).toBe('STATED');
    const estimate = report.locator('[data-figure="participantVisits"] [data-estimate]');
    expect(await estimate.getAttribute('data-estimate')).toBe('960');
    expect(await estimate.locator('.ev').getAttribute('data-evidence')).toBe('ESTIMATED');
    expect(await estimate.locator('.ev').getAttribute('title')).toContain('960');
    expect(await figure('enterprisesConnected')).toBe('40');
    expect(await evidenceOf('enterprisesConnected')).toBe('PLACEHOLDER');
    expect(await figure('enterprisesInvested')).toBe('10');
    expect(await figure('committed-USD')).toBe('USD 360,000');
    const report_ = await server.gql<{ projectReport: { amounts: Array<{ evidence: string }>; lastEventDateEvidence: string; eventsWithoutDate: number } }>(
      '{ projectReport(id: "project:ntbic-craft-villages-2020") { amounts { evidence } lastEventDateEvidence eventsWithoutDate } }',
    );
    expect(await evidenceOf('committed-USD')).toBe(report_.data!.projectReport.amounts[0].evidence);
    expect(await figure('lastEvent')).toBe('Aug 2020');
    expect(await evidenceOf('lastEvent')).toBe(report_.data!.projectReport.lastEventDateEvidence);
    expect(await report.locator('[data-figure="lastEvent"]').innerText()).toContain(`${report_.data!.projectReport.eventsWithoutDate} events without a date on this evidence`);
    expect(await report.innerText()).toContain('Japan');

    // The legend names every level in words.
    expect(await page.locator('[data-legend="evidence"] .ev').evaluateAll((els) => els.map((e) => e.getAttribute('data-evidence')))).toEqual(['STATED', 'INFERRED', 'PLACEHOLDER', 'ESTIMATED', 'SYNTHETIC']);
    expect(await page.locator('[data-legend="evidence"]').innerText()).toContain('an assignment made up to fill a gap: never evidence');

    // The other charts are drawn from the API's own answers, each row with its composition.
    for (const chart of ['by-kind', 'by-sphere', 'by-sector', 'by-province']) {
      expect(await page.locator(`[data-chart="${chart}"] li`).count()).toBeGreaterThan(0);
    }
    const enterprises = page.locator('[data-chart="by-kind"] li[data-key="Enterprise"]');
    expect(await enterprises.locator('.ev-composition').getAttribute('data-composition')).toBe('PLACEHOLDER:40');
    const provinces = await server.gql<{ counts: Array<{ key: string; count: number; evidence: Array<{ evidence: string; count: number }> }> }>(
      '{ counts(by: PROVINCE) { key count evidence { evidence count } } }',
    );
    const unknown = provinces.data!.counts.find((c) => c.key === 'UNKNOWN')!;
    const unknownRow = page.locator('[data-chart="by-province"] li[data-key="UNKNOWN"]');
    expect(await unknownRow.getAttribute('data-value')).toBe(String(unknown.count));
    expect(await unknownRow.locator('.bar-label').innerText()).toMatch(/^unknown \(no record on this evidence\)/);
    expect(await page.locator('[data-chart="investment-by-sector"] li[data-key="sector:handicrafts:USD"] .bar-value').innerText()).toBe('USD 360,000 · 10 enterprises');
    // No province is given for any investment: the whole amount is in the unknown group.
    const byProvince = page.locator('[data-chart="investment-by-province"] li');
    expect(await byProvince.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-key')))).toEqual(['UNKNOWN:USD']);
    expect(await byProvince.locator('.bar-label').innerText()).toMatch(/^unknown \(no record on this evidence\)/);
    expect(await byProvince.locator('.bar-value').innerText()).toBe('USD 360,000 · 10 enterprises');
    const months = await server.gql<{ eventsOverTime: Array<{ period: string; events: number }> }>('{ eventsOverTime(interval: MONTH) { period events } }');
    const dated = months.data!.eventsOverTime.filter((m) => m.period !== 'UNKNOWN');
    const undated = months.data!.eventsOverTime.find((m) => m.period === 'UNKNOWN');
    const bars = await page.locator('[data-chart="events-over-time"] rect.col').count();
    expect(bars).toBeGreaterThanOrEqual(dated.length);
    expect(await page.locator('[data-undated]').getAttribute('data-undated')).toBe(String(undated?.events));
    await shot(watched, 'dashboard.png');
    expect(watched.errors).toEqual([]);
    expectOnlyLocalRequests(watched);
    await page.close();
  });

  it('badges facts, links and suggestions with their evidence, and draws stand-ins hollow on the map with a legend', async () => {
    const watched = await chromium.open(DESKTOP);
    const { page } = watched;
    // Search hits: the investors are synthetic records, and each hit says so.
    await page.goto(`${server.base}/#/search?q=investor`);
    await page.locator('#search-results[data-state="ready"] .hit').first().waitFor({ timeout: 60_000 });
    const found = await server.gql<{ search: { nodes: Array<{ node: { id: string; evidence: string } }> } }>('{ search(query: "investor", first: 30) { nodes { node { id ... on Entity { evidence } } } } }');
    const hits = await page.locator('.hit').evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-id'), li.getAttribute('data-evidence'), li.querySelector('.hit-meta .ev')?.getAttribute('data-evidence') ?? null]));
    expect(hits).toEqual(found.data!.search.nodes.map(({ node }) => [node.id, node.evidence, node.evidence === 'STATED' ? null : node.evidence]));
    expect(hits.some(([, evidence]) => evidence === 'SYNTHETIC')).toBe(true);
    expect(await page.locator('.hit[data-evidence="SYNTHETIC"] .ev').first().innerText()).toBe('synthetic');

    // An event the document counts, whose date, place and visits are synthetic.
    await page.goto(`${server.base}/#/entity/ph:evt:sci-ws:1`);
    await page.locator('[data-entity-evidence]').waitFor({ timeout: 60_000 });
    const event = await server.gql<{ node: { evidence: string; evidenceNote: string; propertyEvidence: Array<{ property: string; evidence: string }> } }>(
      '{ node(id: "ph:evt:sci-ws:1") { ... on Entity { evidence evidenceNote propertyEvidence { property evidence } } } }',
    );
    const e = event.data!.node;
    expect(await page.locator('[data-entity-evidence] .ev').getAttribute('data-evidence')).toBe(e.evidence);
    expect(await page.locator('[data-evidence-note]').innerText()).toBe(e.evidenceNote);
    expect(e.propertyEvidence).toContainEqual({ property: 'participantVisits', evidence: 'SYNTHETIC' });
    for (const { property, evidence } of e.propertyEvidence) {
      const fact = page.locator(`.facts [data-property="${property}"]`);
      expect(await fact.getAttribute('data-evidence')).toBe(evidence);
      // A synthetic value is no evidence: the fact says "unknown" and shows the made-up value as such.
      if (evidence === 'SYNTHETIC') expect(await fact.innerText()).toMatch(/^unknown \(.+\) synthetic$/);
    }

    // NTBIC: every link carries its evidence; the placeholder partner and the inferred tie are badged.
    await page.goto(`${server.base}/#/actor/org:ntbic`);
    const map = page.locator('#ego-map[data-state="ready"]');
    await map.waitFor({ timeout: 60_000 });
    const links = await server.gql<{ node: { links: { nodes: Array<{ evidence: string; node: { id: string } }> } } }>(
      '{ node(id: "org:ntbic") { ... on Entity { links(first: 100) { nodes { evidence node { id } } } } } }',
    );
    const shown = await page.locator('.links-card li[data-evidence]').evaluateAll((lis) => lis.map((li) => [li.querySelector('a')!.getAttribute('data-id'), li.getAttribute('data-evidence')]));
    expect(shown.sort()).toEqual(links.data!.node.links.nodes.map((l) => [l.node.id, l.evidence]).sort());
    const weak = links.data!.node.links.nodes.filter((l) => l.evidence !== 'STATED');
    expect(weak.length).toBeGreaterThan(0);
    for (const link of weak) {
      expect(await page.locator(`.links-card li[data-evidence="${link.evidence}"]:has(a[data-id="${link.node.id}"]) .ev[data-evidence="${link.evidence}"]`).count()).toBe(1);
    }

    // The map: as many hollow nodes and dashed edges as the neighbourhood has stand-ins, the legend says what they are.
    const hood = await server.gql<{ neighbourhood: { nodes: Array<{ node: { evidence: string } }> } }>(
      '{ neighbourhood(id: "org:ntbic", depth: 1, limit: 150) { nodes { node { evidence } } } }',
    );
    const standIns = hood.data!.neighbourhood.nodes.filter((n) => n.node.evidence === 'PLACEHOLDER' || n.node.evidence === 'SYNTHETIC').length;
    expect(standIns).toBeGreaterThan(0);
    expect(await map.getAttribute('data-standin-nodes')).toBe(String(standIns));
    const ringPixels = await page.evaluate<number>(`(() => {
      const canvas = document.querySelector('#ego-map canvas.sigma-evidenceNodes');
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
      return n;
    })()`);
    expect(ringPixels).toBeGreaterThan(10);
    expect(await page.locator('[data-legend="map-evidence"] li').allInnerTexts()).toEqual([
      'hollow node: placeholder (anonymous stand-in)',
      'dashed ring: synthetic record',
      'dashed line: placeholder link',
      'dotted line: synthetic link',
    ]);
    // Synthetic links come in only when asked for, and are drawn dotted: an edge is dashed or dotted when every tie it stands for is a stand-in.
    const dashedPairs = async (evidence: string) => {
      const answer = await server.gql<{ neighbourhood: { links: Array<{ from: string; to: string; evidence: string }> } }>(
        `{ neighbourhood(id: "org:ntbic", depth: 1, limit: 150${evidence}) { links { from to evidence } } }`,
      );
      const firm = new Map<string, boolean>();
      for (const l of answer.data!.neighbourhood.links) {
        const pair = [l.from, l.to].sort().join('|');
        firm.set(pair, (firm.get(pair) ?? false) || !(l.evidence === 'PLACEHOLDER' || l.evidence === 'SYNTHETIC'));
      }
      return [...firm.values()].filter((f) => !f).length;
    };
    expect(await map.getAttribute('data-dashed-edges')).toBe(String(await dashedPairs('')));
    const withSynthetic = await dashedPairs(', evidence: [STATED, INFERRED, PLACEHOLDER, ESTIMATED, SYNTHETIC]');
    expect(withSynthetic).toBeGreaterThan(0);
    await page.locator('#map-synthetic').check();
    await expect.poll(() => page.locator('#ego-map[data-state="ready"]').getAttribute('data-dashed-edges'), { timeout: 60_000 }).toBe(String(withSynthetic));
    expect(watched.errors).toEqual([]);
    expectOnlyLocalRequests(watched);
    await page.close();
  });

  it('lists the empty cells of the coverage matrix on the gaps page, on the sources\' evidence, and suggested supporters with reasons', async () => {
    const watched = await chromium.open(DESKTOP);
    const { page } = watched;
    await page.goto(`${server.base}/#/gaps`);
    const empty = page.locator('table.heatmap td[data-empty="true"]');
    await empty.first().waitFor({ timeout: 60_000 });
    expect(await page.locator('.gaps').getAttribute('data-answer-evidence')).toBe(SOURCES.join(','));
    expect(await page.locator('[data-definition="reached"]').innerText()).toBe(
      'What “reached” means: A village is reached when a supporter (support organization, intermediary, research institute, investor) supports it, is located in it, or reaches it through one of its enterprises; an enterprise is reached when it is tied to a supporter in the actor network. Only ties on the chosen evidence count.',
    );
    const coverage = await server.gql<{ coverage: { emptyCells: number } }>(`{ coverage(by: PROVINCE, kinds: [${SUPPORTERS}], evidence: [${SOURCES}]) { emptyCells } }`);
    const emptyCells = coverage.data!.coverage.emptyCells;
    expect(emptyCells).toBeGreaterThan(0);
    expect(await empty.count()).toBe(emptyCells);
    expect(await page.locator('[data-empty-cells]').getAttribute('data-empty-cells')).toBe(String(emptyCells));
    expect(await empty.first().getAttribute('title')).toMatch(/^No (support organization|intermediary|research institute|investor) reaches .+ in .+$/);
    await page.locator('#village-suggestions[data-state="ready"]').waitFor({ timeout: 60_000 });
    const reasons = await page.locator('#village-suggestions .reason').allInnerTexts();
    for (const reason of reasons) expect(reason).toMatch(/^already reaches \d+ similar villages? \(same sector or province\): .+/);
    await shot(watched, 'gaps.png');
    expect(watched.errors).toEqual([]);
    expectOnlyLocalRequests(watched);
    await page.close();
  });

  it('never contradicts itself on the gaps page: the unreached list, the village heatmap and the picker agree, on the sources and with synthetic assignments', async () => {
    const watched = await chromium.open(DESKTOP);
    const { page } = watched;
    await page.goto(`${server.base}/#/gaps`);
    await page.locator('table.heatmap').waitFor({ timeout: 60_000 });
    await page.locator('button[data-by="VILLAGE"]').click();
    await page.locator('table.heatmap tr[data-place^="village:"]').first().waitFor({ timeout: 60_000 });
    for (const [choice, levels] of [
      ['sources', SOURCES],
      ['estimates', [...SOURCES, 'ESTIMATED']],
      ['synthetic', [...SOURCES, 'ESTIMATED', 'SYNTHETIC']],
    ] as const) {
      if (choice !== 'sources') await page.locator(`button[data-evidence-choice="${choice}"]`).click();
      await expect.poll(() => page.locator('.gaps').getAttribute('data-answer-evidence'), { timeout: 60_000 }).toBe(levels.join(','));
      await page.locator('table.heatmap tr[data-place^="village:"]').first().waitFor({ timeout: 60_000 });
      const api = await server.gql<{ gaps: { unreachedVillages: Array<{ village: { id: string } }> }; craftVillages: { totalCount: number } }>(
        `{ gaps(supporterKinds: [${SUPPORTERS}], evidence: [${levels}]) { unreachedVillages { village { id } } } craftVillages { totalCount } }`,
      );
      const expected = api.data!.gaps.unreachedVillages.map((v) => v.village.id).sort();
      const listed = (await page.locator('[data-list="unreached-villages"] li[data-id]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')!))).sort();
      const picker = await page.locator('#village-select option').evaluateAll((os) => os.map((o) => [o.getAttribute('value'), o.getAttribute('data-reached')]));
      const rows = await page.locator('table.heatmap tr[data-place]').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-place')!, tr.getAttribute('data-reached')]));
      // A village is unreached in the heatmap when none of its rows has a supporter.
      const reachedInHeatmap = new Set(rows.filter(([, reached]) => reached === 'true').map(([id]) => id));
      const unreachedInHeatmap = [...new Set(rows.map(([id]) => id))].filter((id) => !reachedInHeatmap.has(id)).sort();
      expect(listed, choice).toEqual(expected);
      expect(unreachedInHeatmap, choice).toEqual(expected);
      expect(picker.filter(([, reached]) => reached === 'false').map(([id]) => id).sort(), choice).toEqual(expected);
      expect(picker.length, choice).toBe(api.data!.craftVillages.totalCount);
      const none = await page.locator('[data-list="unreached-villages"] [data-empty-list]').count();
      expect(none, choice).toBe(expected.length === 0 ? 1 : 0);
      expect(await page.locator('.gaps-summary').getAttribute('data-summary'), choice).toMatch(new RegExp(`^${expected.length}/${picker.length}/\\d+$`));
      expect(await page.locator('.synthetic-warning').count(), choice).toBe(choice === 'synthetic' ? 1 : 0);
    }
    // The founding dataset: 27 of the 28 villages are unreached on the sources; none once synthetic placements count.
    expect(await page.locator('[data-list="unreached-villages"] li[data-id]').count()).toBe(0);
    expect(new URL(page.url()).hash).toBe('#/gaps?evidence=synthetic');
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('filters the gaps page by province, keeps the province in the hash, and never leads suggestions for a real village with stand-ins', async () => {
    const watched = await chromium.open(DESKTOP);
    const { page } = watched;
    await page.goto(`${server.base}/#/gaps`);
    await page.locator('table.heatmap').waitFor({ timeout: 60_000 });
    await page.locator('#province-select').selectOption('province:bac-ninh');
    await expect.poll(() => page.locator('.gaps').getAttribute('data-province')).toBe('province:bac-ninh');
    expect(new URL(page.url()).hash).toBe('#/gaps?province=province:bac-ninh');
    const api = await server.gql<{
      gaps: { unreachedVillages: Array<{ village: { id: string } }> };
      coverage: { cells: Array<{ place: { id: string }; missingKinds: string[] }> };
      craftVillages: { nodes: Array<{ id: string; province: { id: string } | null }> };
    }>(
      `{ gaps(supporterKinds: [${SUPPORTERS}], evidence: [${SOURCES}]) { unreachedVillages { village { id } } }
         coverage(by: PROVINCE, kinds: [${SUPPORTERS}], evidence: [${SOURCES}]) { cells { place { id } missingKinds } }
         craftVillages(first: 100) { nodes { id province { id } } } }`,
    );
    const here = new Set(api.data!.craftVillages.nodes.filter((v) => v.province?.id === 'province:bac-ninh').map((v) => v.id));
    expect(here.size).toBeGreaterThan(0);
    const rows = await page.locator('table.heatmap tr[data-place]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-place')));
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows)).toEqual(new Set(['province:bac-ninh']));
    const cells = api.data!.coverage.cells.filter((c) => c.place.id === 'province:bac-ninh');
    expect(await page.locator('[data-empty-cells]').getAttribute('data-empty-cells')).toBe(String(cells.reduce((n, c) => n + c.missingKinds.length, 0)));
    const listed = (await page.locator('[data-list="unreached-villages"] li[data-id]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')!))).sort();
    expect(listed).toEqual(api.data!.gaps.unreachedVillages.map((v) => v.village.id).filter((id) => here.has(id)).sort());
    expect(new Set(await page.locator('#village-select option').evaluateAll((os) => os.map((o) => o.getAttribute('value'))))).toEqual(here);
    // The province survives a reload.
    await page.reload();
    await page.locator('table.heatmap').waitFor({ timeout: 60_000 });
    expect(await page.locator('#province-select').inputValue()).toBe('province:bac-ninh');

    // With synthetic assignments the API ranks placeholder investors first for Non Nuoc; the page lists named supporters first.
    await page.goto(`${server.base}/#/gaps?evidence=synthetic&province=province:da-nang`);
    await page.locator('#village-suggestions[data-state="ready"]').waitFor({ timeout: 60_000 });
    await page.locator('#village-select').selectOption('village:non-nuoc');
    await expect.poll(() => page.locator('#village-suggestions[data-state="ready"]').getAttribute('data-village'), { timeout: 60_000 }).toBe('village:non-nuoc');
    const ranked = await server.gql<{ suggestedLinks: Array<{ actor: { id: string; evidence: string } }> }>(
      `{ suggestedLinks(for: "village:non-nuoc", first: 5, evidence: [${SOURCES}, ESTIMATED, SYNTHETIC]) { actor { id evidence } } }`,
    );
    const standIn = (ev: string | null) => ev === 'PLACEHOLDER' || ev === 'SYNTHETIC';
    expect(standIn(ranked.data!.suggestedLinks[0].actor.evidence)).toBe(true);
    const shown = await page.locator('#village-suggestions li[data-suggestion]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-evidence')));
    expect(shown.length).toBe(ranked.data!.suggestedLinks.length);
    expect(standIn(shown[0])).toBe(false);
    // Named first, stand-ins after, never mixed.
    expect(shown).toEqual([...shown].sort((a, b) => Number(standIn(a)) - Number(standIn(b))));
    expect(watched.errors).toEqual([]);
    expectOnlyLocalRequests(watched);
    await page.close();
  });

  it('switches to Vietnamese, remembers it across a reload, and formats numbers the Vietnamese way', async () => {
    const watched = await chromium.open(DESKTOP);
    const { page } = watched;
    await page.goto(`${server.base}/#/dashboard`);
    await page.locator('[data-figure="participantVisits"]').waitFor({ timeout: 60_000 });
    await page.locator('button[data-lang="vi"]').click();
    await expect.poll(() => page.locator('[data-nav="dashboard"]').innerText()).toBe('Tổng quan');
    await page.reload();
    await page.locator('[data-figure="committed-USD"]').waitFor({ timeout: 60_000 });
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('vi');
    expect(await page.locator('[data-figure="committed-USD"] .figure-value').innerText()).toBe('360.000 USD');
    expect(await page.locator('[data-figure="lastEvent"] .figure-value').innerText()).toBe('8/2020');
    expect(await page.locator('[data-figure="participantVisits"] .figure-value').innerText()).toBe('gần 1.000');
    expect(await page.locator('[data-legend="evidence"] .ev').allInnerTexts()).toEqual(['có nguồn', 'suy luận', 'giữ chỗ', 'ước tính', 'giả định']);
    expect(await page.locator('[data-chart="by-province"] li[data-key="UNKNOWN"] .bar-label').innerText()).toMatch(/^không rõ \(không có bản ghi trên mức bằng chứng này\)/);
    await page.locator('button[data-lang="en"]').click();
    await expect.poll(() => page.locator('[data-nav="dashboard"]').innerText()).toBe('Dashboard');
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('fits a phone screen: no sideways scrolling, the map first and drawn', async () => {
    const watched = await chromium.open(PHONE);
    const { page } = watched;
    for (const hash of ['#/', '#/dashboard', '#/gaps', '#/entity/village:bat-trang']) {
      await page.goto(`${server.base}/${hash}`);
      await page.locator('main h1').first().waitFor({ timeout: 60_000 });
      if (hash === '#/gaps') await page.locator('table.heatmap').waitFor({ timeout: 60_000 });
      if (hash === '#/dashboard') await page.locator('[data-figure="participantVisits"]').waitFor({ timeout: 60_000 });
      // The heatmap scrolls inside its own box; the page itself never does.
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    }
    const map = page.locator('#ego-map[data-state="ready"]');
    await map.waitFor({ timeout: 60_000 });
    const mapTop = (await map.boundingBox())!.y;
    const factsTop = (await page.locator('.facts-card').boundingBox())!.y;
    expect(mapTop).toBeLessThan(factsTop);
    expect(mapTop).toBeLessThan(PHONE.height);
    await shot(watched, 'phone-village.png');
    expect(watched.errors).toEqual([]);
    await page.close();
  });
});

describe('the explorer route without a build', () => {
  it('answers / with a page saying how to build the explorer', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'helixgraph-noweb-'));
    const app = express();
    app.use(webRoute(empty));
    const httpServer = http.createServer(app);
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
      const res = await fetch(`${base}/`);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(NOT_BUILT_HTML);
      expect(NOT_BUILT_HTML).toContain('npm run build');
      expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
    } finally {
      await new Promise((resolve) => httpServer.close(resolve));
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
