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
    const hit = page.locator('.hit[data-id="village:bat-trang"]');
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
      expect(await page.locator('[data-measures] .stat').first().innerText()).toBe(`${node.measures.degree}\nDegree`);
    }
    await shot(watched, 'actor.png');
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it("shows the founding project's figures on the dashboard: 2/5/2/2/1 events, 960 visits, 40 connected, 10 invested, USD 360,000", async () => {
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
    const figure = (id: string) => report.locator(`[data-figure="${id}"] .figure-value`).innerText();
    expect(await figure('participantVisits')).toBe('960');
    expect(await figure('enterprisesConnected')).toBe('40');
    expect(await figure('enterprisesInvested')).toBe('10');
    expect(await figure('committed-USD')).toBe('USD 360,000');
    expect(await figure('lastEvent')).toBe('Aug 2020');
    expect(await report.innerText()).toContain('Japan');

    // The other charts are drawn from the API's own answers.
    for (const chart of ['by-kind', 'by-sphere', 'by-sector', 'by-province']) {
      expect(await page.locator(`[data-chart="${chart}"] li`).count()).toBeGreaterThan(0);
    }
    expect(await page.locator('[data-chart="investment-by-sector"] li[data-key="sector:handicrafts:USD"] .bar-value').innerText()).toBe('USD 360,000 · 10 enterprises');
    const months = await server.gql<{ eventsOverTime: Array<{ events: number }> }>('{ eventsOverTime(interval: MONTH) { events } }');
    const bars = await page.locator('[data-chart="events-over-time"] rect.col').count();
    expect(bars).toBeGreaterThanOrEqual(months.data!.eventsOverTime.length);
    await shot(watched, 'dashboard.png');
    expect(watched.errors).toEqual([]);
    expectOnlyLocalRequests(watched);
    await page.close();
  });

  it('lists the empty cells of the coverage matrix on the gaps page, and suggested supporters with reasons', async () => {
    const watched = await chromium.open(DESKTOP);
    const { page } = watched;
    await page.goto(`${server.base}/#/gaps`);
    const empty = page.locator('table.heatmap td[data-empty="true"]');
    await empty.first().waitFor({ timeout: 60_000 });
    const coverage = await server.gql<{ coverage: { emptyCells: number } }>(
      '{ coverage(by: PROVINCE, kinds: [SUPPORT_ORGANIZATION, INTERMEDIARY, RESEARCH_INSTITUTE, INVESTOR]) { emptyCells } }',
    );
    const emptyCells = coverage.data!.coverage.emptyCells;
    expect(emptyCells).toBeGreaterThan(0);
    expect(await empty.count()).toBe(emptyCells);
    expect(await page.locator('[data-empty-cells]').getAttribute('data-empty-cells')).toBe(String(emptyCells));
    expect(await empty.first().getAttribute('title')).toMatch(/^No (support organization|intermediary|research institute|investor) reaches .+ in .+$/);
    await page.locator('#village-suggestions .suggestions li, #village-suggestions p.muted').first().waitFor({ timeout: 60_000 });
    const reasons = await page.locator('#village-suggestions .reason').allInnerTexts();
    for (const reason of reasons) expect(reason).toMatch(/^already reaches \d+ similar villages? \(same sector or province\): .+/);
    await shot(watched, 'gaps.png');
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
