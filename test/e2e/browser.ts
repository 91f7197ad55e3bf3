import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium (`apt-get install chromium`), or CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Headless, no sandbox (CI runs as root), nothing fetched from outside, no GPU needed (SwiftShader draws WebGL). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/** Where the tests save their screenshots (git-ignored). */
export const SCREENSHOTS = path.resolve(__dirname, '../../test-results/screenshots');

export interface Chromium {
  context: BrowserContext;
  /** A new page at `size`, recording what it requested and every console error and page error. */
  open(size?: { width: number; height: number }): Promise<WatchedPage>;
  close(): Promise<void>;
}

export interface WatchedPage {
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Console errors (CSP violations among them) and uncaught exceptions. */
  errors: string[];
}

/**
 * Launches Chromium with a fresh temporary profile (--user-data-dir), removed on close.
 * `bypassCSP`: scripts a test injects (axe-core) run despite the page's Content-Security-Policy.
 */
export async function launchChromium(options: { bypassCSP?: boolean } = {}): Promise<Chromium> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helixgraph-chromium-'));
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: DESKTOP,
    locale: 'en-US',
    bypassCSP: options.bypassCSP ?? false,
  });
  return {
    context,
    async open(size = DESKTOP) {
      const page = await context.newPage();
      await page.setViewportSize(size);
      const watched: WatchedPage = { page, requests: [], errors: [] };
      page.on('request', (req) => watched.requests.push(req.url()));
      page.on('console', (msg) => {
        if (msg.type() === 'error') watched.errors.push(msg.text());
      });
      page.on('pageerror', (err) => watched.errors.push(err.message));
      return watched;
    },
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The interface language for the pages that follow (the profile's localStorage is shared by every page). */
export async function setLanguage(watched: WatchedPage, base: string, lang: 'en' | 'vi'): Promise<void> {
  await watched.page.goto(`${base}/`);
  await watched.page.evaluate(`localStorage.setItem('helixgraph.lang', '${lang}')`);
  // The language is read when the page loads; later #/ navigations stay in this document.
  await watched.page.reload();
}

let axeSource: string | undefined;

/**
 * The axe-core violations of the page as it is now, critical and serious only. The script is
 * injected into the page: launch Chromium with `bypassCSP` (the pages' CSP is script-src 'self').
 */
export async function axeViolations(watched: WatchedPage): Promise<Array<{ id: string; impact: string; nodes: string[] }>> {
  axeSource ??= fs.readFileSync(path.resolve(__dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');
  await watched.page.evaluate(axeSource);
  // (A string, not a function: these tests typecheck without the DOM library.)
  const result = await watched.page.evaluate<Array<{ id: string; impact: string; nodes: string[] }>>(`(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  })()`);
  return result.filter((v) => v.impact === 'critical' || v.impact === 'serious');
}
