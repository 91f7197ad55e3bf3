#!/usr/bin/env node
// Screenshots of the explorer for the README: docs/screenshots/{search,actor,dashboard,gaps,brokers,
// map-2hop,edit-form}.png at 1280×800 and phone-{village,brokers,map-2hop}.png at 390×844, taken in headless
// Chromium (Debian's chromium, driven by playwright-core).
//
//   npm run screenshots                          # builds, starts helixgraph on a throwaway Neo4j, shoots
//   HELIXGRAPH_URL=http://localhost:4000 node scripts/screenshots.mjs   # shoots a server already running
//
// Without HELIXGRAPH_URL the script starts helixgraph itself (embedded Neo4j in a temporary folder,
// or NEO4J_URI when set) with the founding dataset and an editor key of its own, and stops it
// afterwards. Against HELIXGRAPH_URL the edit form is shot only with HELIXGRAPH_EDITOR_KEY (an editor
// key of that server); the shot's write is refused by the server, so it writes nothing.
// CHROMIUM_PATH overrides /usr/bin/chromium.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'docs', 'screenshots');

const { chromium } = require('playwright-core');

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** The same flags as the end-to-end tests: no sandbox (root in CI), nothing fetched from outside. */
function chromiumArgs() {
  return ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
}

async function startServer() {
  if (process.env.HELIXGRAPH_URL) return { base: process.env.HELIXGRAPH_URL.replace(/\/$/, ''), editorKey: process.env.HELIXGRAPH_EDITOR_KEY, stop: async () => {} };
  const editorKey = randomBytes(16).toString('hex');
  const { loadConfig } = require(path.join(root, 'dist/src/config.js'));
  const { startHelixgraph } = require(path.join(root, 'dist/src/index.js'));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helixgraph-shots-'));
  const env = { PORT: '0', NEO4J_EMBEDDED_PORT: '0', NEO4J_DATA_DIR: path.join(dataDir, 'data'), NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '64m', HELIXGRAPH_API_KEYS: `editor:screenshots:${editorKey}` };
  if (process.env.NEO4J_URI) Object.assign(env, { NEO4J_URI: process.env.NEO4J_URI, NEO4J_USER: process.env.NEO4J_USER ?? '', NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? '' });
  const config = loadConfig(env);
  const app = await startHelixgraph(config, (line) => console.log(`helixgraph: ${line}`));
  return {
    base: app.url.replace(/\/graphql$/, ''),
    editorKey,
    stop: async () => {
      await app.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens `hash`, waits for `ready` (once more after a reload: a cold server's first answers are slow),
 * runs `then` (a click), saves the shot (`full`: the whole page).
 */
async function shoot(context, base, hash, file, ready, { then, full = false } = {}) {
  const page = await context.newPage();
  await page.goto(`${base}/${hash}`);
  try {
    await ready(page);
  } catch {
    // A cold server can be slow to answer the first time: one reload, then give up.
    console.log(`${file}: not ready yet, reloading once`);
    await page.reload();
    await ready(page);
  }
  if (then) await then(page);
  // Let charts and the map settle (ResizeObserver redraws, sigma's first frames).
  await page.waitForTimeout(600);
  await page.screenshot({ path: path.join(outDir, file), fullPage: full });
  console.log(`wrote docs/screenshots/${file}`);
  await page.close();
}

const mapReady = async (page) => {
  await page.waitForSelector('#ego-map[data-state="ready"]', { timeout: 60_000 });
};

const brokersReady = async (page) => {
  await page.waitForSelector('#sphere-brokers[data-state="ready"]', { timeout: 60_000 });
  await page.waitForSelector('#ranking[data-state="ready"]', { timeout: 60_000 });
};

/** The 2-hop map of NTBIC, scrolled into view (as it opens: its crowded kinds hidden). */
const twoHops = async (page) => {
  await page.click('button[data-group="depth"][data-value="2"]');
  await page.waitForSelector('#ego-map[data-state="ready"][data-depth="2"]', { timeout: 60_000 });
  await page.locator('.map-card').scrollIntoViewIfNeeded();
};

/**
 * The form that adds an entity, with an editor key entered, a new source, and the server's refusal
 * of a malformed date shown beside its field (so the shot writes nothing).
 */
async function shootEditForm(context, base, key) {
  const page = await context.newPage();
  await page.goto(`${base}/#/edit`);
  await page.fill('#key-input', key);
  await page.click('#key-use');
  await page.waitForSelector('#add-entity-card form', { timeout: 60_000 });
  await page.fill('#add-entity-card [name="name"]', 'Hợp tác xã gốm Phù Lãng (ví dụ)');
  await page.fill('#add-entity-card [name="nameEn"]', 'Phu Lang pottery cooperative (example)');
  await page.fill('#add-entity-card [name="founded"]', '2019-13');
  await page.click('#add-entity-card [data-new-source] summary');
  await page.fill('#add-entity-card [name="newSources[0].title"]', 'Khảo sát làng nghề Bắc Ninh 2026');
  await page.fill('#add-entity-card [name="newSources[0].publisher"]', 'NTBIC');
  await page.click('#add-entity-card button[type="submit"]');
  await page.waitForSelector('#add-entity-card form[data-state="refused"]', { timeout: 60_000 });
  // The sticky header would cover the card's top in an element shot.
  await page.evaluate(() => {
    document.querySelector('.topbar').style.position = 'static';
  });
  await page.waitForTimeout(300);
  await page.locator('#add-entity-card').screenshot({ path: path.join(outDir, 'edit-form.png') });
  console.log('wrote docs/screenshots/edit-form.png');
  await page.close();
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const server = await startServer();
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helixgraph-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      headless: true,
      args: chromiumArgs(),
      viewport: DESKTOP,
      locale: 'en-US',
    });
    await shoot(context, server.base, '#/search?q=bat%20trang', 'search.png', (page) => page.waitForSelector('#search-results[data-state="ready"] .hit', { timeout: 60_000 }));
    await shoot(context, server.base, '#/actor/org:ntbic', 'actor.png', mapReady);
    await shoot(context, server.base, '#/dashboard', 'dashboard.png', (page) => page.waitForSelector('[data-figure="participantVisits"]', { timeout: 60_000 }));
    await shoot(context, server.base, '#/gaps', 'gaps.png', (page) => page.waitForSelector('#village-suggestions[data-state="ready"]', { timeout: 60_000 }));
    await shoot(context, server.base, '#/brokers', 'brokers.png', brokersReady);
    await shoot(context, server.base, '#/actor/org:ntbic', 'map-2hop.png', mapReady, { then: twoHops });
    if (server.editorKey) await shootEditForm(context, server.base, server.editorKey);
    else console.log('edit-form.png: skipped (set HELIXGRAPH_EDITOR_KEY to an editor key of HELIXGRAPH_URL)');
    await context.close();
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      headless: true,
      args: chromiumArgs(),
      viewport: PHONE,
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'vi-VN',
    });
    // The phone shot in Vietnamese: the village page, its map first.
    await context.addInitScript(() => localStorage.setItem('helixgraph.lang', 'vi'));
    await shoot(context, server.base, '#/entity/village:bat-trang', 'phone-village.png', mapReady);
    await shoot(context, server.base, '#/brokers', 'phone-brokers.png', brokersReady);
    await shoot(context, server.base, '#/actor/org:ntbic', 'phone-map-2hop.png', mapReady, { then: twoHops });
  } finally {
    await context?.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
    await server.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
