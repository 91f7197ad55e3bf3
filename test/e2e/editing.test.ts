import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { LINK_TYPES, linkAllowed } from '../../src/domain/model';
import { startTestServer, type TestServer } from '../helpers/server';
import { DESKTOP, SCREENSHOTS, axeViolations, launchChromium, setLanguage, type Chromium, type WatchedPage } from './browser';

/**
 * Editing in the explorer (issue 18, item 5), end to end in Chromium against the real server and
 * Neo4j: a key entered once per session, the forms that add an entity with its source, link it and
 * show the server's refusals beside their fields, an entity's history, and the read-only pages
 * without a key. Every id this file writes starts with `e2e18e-` plus a stamp.
 */

let server: TestServer;
let chromium: Chromium;

const EDITOR_KEY = 'e2e18e-editor-key-0123456789';
const READER_KEY = 'e2e18e-reader-key-0123456789';
const STAMP = Date.now().toString(36);
const FIRST_ANSWER = 60_000;

beforeAll(async () => {
  server = await startTestServer({
    HELIXGRAPH_QUERY_TIMEOUT_MS: '60000',
    HELIXGRAPH_API_KEYS: `editor:curator-e2e:${EDITOR_KEY},reader:looker-e2e:${READER_KEY}`,
  });
  chromium = await launchChromium({ bypassCSP: true });
});

afterAll(async () => {
  await chromium?.close();
  await server?.app.db.executor.runText('MATCH (n) WHERE (n:Entity OR n:Source) AND n.id STARTS WITH $p DETACH DELETE n', { p: 'e2e18e-' });
  await server?.stop();
});

async function language(watched: WatchedPage, lang: 'en' | 'vi'): Promise<void> {
  await setLanguage(watched, server.base, lang);
}

/** Enters `key` on the editing page, as a person would. */
async function enterKey(watched: WatchedPage, key: string): Promise<void> {
  const { page } = watched;
  await page.goto(`${server.base}/#/edit`);
  await page.locator('#key-input').waitFor({ timeout: FIRST_ANSWER });
  await page.fill('#key-input', key);
  await page.click('#key-use');
}

describe('editing in the explorer', { timeout: 300_000 }, () => {
  it('without a key offers no form, says the page is read-only and how editing works, and keeps no unknown key', async () => {
    const watched = await chromium.open(DESKTOP);
    const { page } = watched;
    await language(watched, 'en');
    await page.goto(`${server.base}/#/edit`);
    await page.locator('[data-key-state="NONE"]').waitFor({ timeout: FIRST_ANSWER });
    expect(await page.locator('form.edit-form').count()).toBe(0);
    expect(await page.locator('[data-read-only]').innerText()).toContain('Read-only');
    const how = await page.locator('[data-how-editing]').innerText();
    expect(how).toContain('HELIXGRAPH_API_KEYS');
    expect(how).toMatch(/reader: .*cannot write/);
    expect(how).toMatch(/editor: adds and edits entities/);
    expect(how).toMatch(/admin: .*deletes and restores/);
    expect(await page.locator('.key-status').getAttribute('data-editing')).toBe('false');

    // An entity page: read-only, with how editing works, and its history (the founding import).
    await page.goto(`${server.base}/#/actor/org:ntbic`);
    await page.locator('[data-edit-card] [data-read-only]').waitFor({ timeout: FIRST_ANSWER });
    expect(await page.locator('[data-edit-card] form').count()).toBe(0);
    expect(await page.locator('[data-edit-card] .how-details [data-how-editing]').count()).toBe(1);
    await page.locator('[data-history] .change').first().waitFor({ timeout: FIRST_ANSWER });
    const ntbic = await server.ok<{ history: { nodes: Array<{ id: string; operation: string }> } }>('{ history(id: "org:ntbic", first: 10) { nodes { id operation } } }');
    expect(await page.locator('[data-history] .change').evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-change'), operation: e.getAttribute('data-operation') })))).toEqual(ntbic.history.nodes);

    // A key the server does not know is refused and not kept.
    await enterKey(watched, 'e2e18e-not-a-key-of-this-server');
    await page.locator('[data-key-refused]').waitFor({ timeout: FIRST_ANSWER });
    expect(await page.evaluate('sessionStorage.getItem("helixgraph.apiKey")')).toBeNull();
    expect(await page.locator('form.edit-form').count()).toBe(0);
    // A reader key is kept but offers no form.
    await enterKey(watched, READER_KEY);
    await page.locator('[data-key-state="READER"]').waitFor({ timeout: FIRST_ANSWER });
    expect(await page.locator('form.edit-form').count()).toBe(0);
    await page.click('#key-forget');
    await page.locator('[data-key-state="NONE"]').waitFor();
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('an editor enters a key once, adds an enterprise with a new source, finds it by search, links it and sees its history', async () => {
    const watched = await chromium.open(DESKTOP);
    const { page } = watched;
    await language(watched, 'en');
    await enterKey(watched, EDITOR_KEY);
    await page.locator('#add-entity-card form').waitFor({ timeout: FIRST_ANSWER });
    expect(await page.locator('.key-status').innerText()).toBe('✎ curator-e2e');
    // Kept in the session, never in the address.
    expect(await page.evaluate('sessionStorage.getItem("helixgraph.apiKey")')).toBe(EDITOR_KEY);
    expect(page.url()).not.toContain(EDITOR_KEY);

    // The fields are the model's for the kind chosen: an enterprise has a founding date, no event kind.
    const card = page.locator('#add-entity-card');
    expect(await card.locator('[name="founded"]').count()).toBe(1);
    expect(await card.locator('[name="participantVisits"]').count()).toBe(0);
    await card.locator('[name="label"]').selectOption('Event');
    expect(await card.locator('[name="kind"]').count()).toBe(1);
    expect(await card.locator('[name="founded"]').count()).toBe(0);
    await card.locator('[name="label"]').selectOption('Enterprise');

    const name = `Hợp tác xã gốm Thử Nghiệm ${STAMP}`;
    const id = `e2e18e-ent-${STAMP}`;
    const sourceId = `e2e18e-src-${STAMP}`;
    await card.locator('[name="name"]').fill(name);
    await card.locator('[name="id"]').fill(id);
    await card.locator('[name="founded"]').fill('2019');
    await card.locator('[name="comment"]').fill('from the 2026 survey');
    await card.locator('[data-new-source] summary').click();
    await card.locator('[name="newSources[0].title"]').fill(`Khảo sát làng nghề ${STAMP}`);
    await card.locator('[name="newSources[0].id"]').fill(sourceId);
    await card.locator('[name="newSources[0].url"]').fill('https://example.org/survey-2026');
    await card.locator('button[type="submit"]').click();
    await card.locator('form[data-state="saved"]').waitFor({ timeout: FIRST_ANSWER });
    expect(await card.locator('.form-saved').innerText()).toContain('Saved: created.');

    // Written as the API reads it: the enterprise, its source, one change by the key's name.
    const written = await server.ok<{ node: { __typename: string; name: string; founded: string; sources: Array<{ id: string; url: string }> } | null }>(
      `{ node(id: "${id}") { __typename ... on Entity { name sources { id url } } ... on Actor { founded } } }`,
    );
    expect(written.node).toEqual({ __typename: 'Enterprise', name, founded: '2019', sources: [{ id: sourceId, url: 'https://example.org/survey-2026' }] });

    // Found by search, without diacritics.
    await page.goto(`${server.base}/#/`);
    await page.locator('#search-input').fill(`hop tac xa gom thu nghiem ${STAMP}`);
    const hit = page.locator(`.hit[data-id="${id}"]`);
    await hit.waitFor({ timeout: FIRST_ANSWER });
    await hit.locator('a').first().click();
    await page.waitForURL(new RegExp(`#/actor/${id}$`));

    // Its history: the upsert, by the key's name, with its comment and source.
    const history = page.locator(`[data-history="${id}"] .change`);
    await history.first().waitFor({ timeout: FIRST_ANSWER });
    expect(await history.count()).toBe(1);
    const first = history.first();
    expect(await first.getAttribute('data-operation')).toBe('UPSERT_ENTITY');
    expect(await first.getAttribute('data-by')).toBe('curator-e2e');
    expect(await first.locator('.change-comment').innerText()).toBe('from the 2026 survey');
    expect(await first.locator(`[data-entry-kind="NODE"][data-target="${id}"]`).innerText()).toContain('created');
    expect(await first.innerText()).toContain(sourceId);
    const api = await server.ok<{ history: { nodes: Array<{ id: string; by: string; at: string }> } }>(`{ history(id: "${id}") { nodes { id by at } } }`);
    expect(await first.getAttribute('data-change')).toBe(api.history.nodes[0].id);
    expect(await first.locator('time').getAttribute('datetime')).toBe(api.history.nodes[0].at);

    // The key was entered once: a reload keeps editing.
    await page.reload();
    await page.locator('[data-edit="link"]').waitFor({ timeout: FIRST_ANSWER });

    // Link it to Bát Tràng: the types offered are the model's for Enterprise → CraftVillage.
    await page.locator('[data-edit="link"] > summary').click();
    const link = page.locator('[data-form="link"]');
    await link.locator('input[type="search"]').fill('bat trang');
    await link.locator('[data-pick="village:bat-trang"]').click();
    const expectedTypes = LINK_TYPES.filter((type) => linkAllowed(type, 'Enterprise', 'CraftVillage'));
    expect(await link.locator('select[name="type"]').getAttribute('data-types')).toBe(expectedTypes.join(' '));
    // The other way round the model allows nothing from a village to an enterprise.
    await link.locator('input[type="radio"][value="in"]').check();
    expect(LINK_TYPES.filter((type) => linkAllowed(type, 'CraftVillage', 'Enterprise'))).toEqual([]);
    expect(await link.locator('select[name="type"]').isDisabled()).toBe(true);
    await link.locator('input[type="radio"][value="out"]').check();
    await link.locator('select[name="type"]').selectOption('LOCATED_IN');
    await expect.poll(() => link.locator('select[name="sourceIds"]').getAttribute('data-loaded'), { timeout: FIRST_ANSWER }).not.toBeNull();
    await link.locator('select[name="sourceIds"]').selectOption(sourceId);
    await link.locator('button[type="submit"]').click();
    await page.locator('[data-saved-flash]').waitFor({ timeout: FIRST_ANSWER });
    await expect.poll(() => history.count(), { timeout: FIRST_ANSWER }).toBe(2);
    expect(await history.first().getAttribute('data-operation')).toBe('LINK');
    // Sent without a comment, the change records none (it used to read "import of input").
    expect(await history.first().locator('.change-comment').count()).toBe(0);
    const linkChange = await server.ok<{ history: { nodes: Array<{ comment: string | null }> } }>(`{ history(id: "${id}", first: 1) { nodes { comment } } }`);
    expect(linkChange.history.nodes[0].comment).toBeNull();
    expect(await history.first().locator('[data-entry-kind="LINK"]').getAttribute('data-target')).toBe(`LOCATED_IN|${id}|village:bat-trang`);
    const linked = await server.ok<{ node: { village: { id: string } | null } }>(`{ node(id: "${id}") { ... on Enterprise { village { id } } } }`);
    expect(linked.node.village).toEqual({ id: 'village:bat-trang' });

    // Edit it: only the changed property is sent; the history shows before → after.
    await page.locator('[data-edit="entity"] > summary').click();
    const edit = page.locator('[data-form="edit-entity"]');
    expect(await edit.locator('[name="founded"]').inputValue()).toBe('2019');
    await edit.locator('[name="founded"]').fill('2018');
    await expect.poll(() => edit.locator('select[name="sourceIds"]').getAttribute('data-loaded'), { timeout: FIRST_ANSWER }).not.toBeNull();
    await edit.locator('select[name="sourceIds"]').selectOption(sourceId);
    await edit.locator('button[type="submit"]').click();
    await expect.poll(() => history.count(), { timeout: FIRST_ANSWER }).toBe(3);
    expect(await history.first().getAttribute('data-operation')).toBe('UPDATE_ENTITY');
    expect(await history.first().locator('[data-entry-kind="NODE"]').getAttribute('data-changed')).toBe('founded');
    expect(await history.first().locator('[data-property="founded"]').innerText()).toBe('founded: 2019 → 2018');

    // No request carried the key in its address.
    expect(watched.requests.filter((url) => url.includes(EDITOR_KEY))).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'editing-entity.png'), fullPage: true });

    // Forgotten: the header and the entity page are read-only again.
    await page.goto(`${server.base}/#/edit`);
    await page.click('#key-forget');
    await page.locator('[data-key-state="NONE"]').waitFor();
    expect(await page.evaluate('sessionStorage.getItem("helixgraph.apiKey")')).toBeNull();
    await page.goto(`${server.base}/#/actor/${id}`);
    await page.locator('[data-edit-card] [data-read-only]').waitFor({ timeout: FIRST_ANSWER });
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('shows the server’s refusal beside the field it names, in Vietnamese, and writes nothing', async () => {
    const watched = await chromium.open(DESKTOP);
    const { page } = watched;
    await language(watched, 'vi');
    await enterKey(watched, EDITOR_KEY);
    const card = page.locator('#add-entity-card');
    await card.locator('form').waitFor({ timeout: FIRST_ANSWER });
    const id = `e2e18e-bad-${STAMP}`;
    const sourceId = `e2e18e-badsrc-${STAMP}`;
    await card.locator('[name="name"]').fill(`Doanh nghiệp lỗi ${STAMP}`);
    await card.locator('[name="id"]').fill(id);
    await card.locator('[name="founded"]').fill('2020-13');
    await card.locator('[data-new-source] summary').click();
    await card.locator('[name="newSources[0].title"]').fill(`Nguồn lỗi ${STAMP}`);
    await card.locator('[name="newSources[0].id"]').fill(sourceId);
    await card.locator('button[type="submit"]').click();
    await card.locator('form[data-state="refused"]').waitFor({ timeout: FIRST_ANSWER });
    // Beside its field, tied to it for screen readers, in the page's language.
    const error = card.locator('[data-field="founded"] [data-error-for="founded"]');
    expect(await error.isVisible()).toBe(true);
    expect(await error.innerText()).toBe('"2020-13" không phải ngày dạng YYYY, YYYY-MM hoặc YYYY-MM-DD');
    const input = card.locator('[data-field="founded"] input');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await input.getAttribute('aria-describedby')).toContain(await error.getAttribute('id'));
    // Only that field is marked; the alert says nothing was written.
    expect(await card.locator('[data-error-for]:not([hidden])').count()).toBe(1);
    expect(await card.locator('[role="alert"]').innerText()).toContain('không có gì được ghi');
    // Nothing half-done: neither the entity nor the new source exists.
    const after = await server.ok<{ entity: unknown; source: unknown }>(`{ entity: node(id: "${id}") { id } source: node(id: "${sourceId}") { id } }`);
    expect(after).toEqual({ entity: null, source: null });
    // Corrected, the same form saves.
    await card.locator('[name="founded"]').fill('2020-12');
    await card.locator('button[type="submit"]').click();
    await card.locator('form[data-state="saved"]').waitFor({ timeout: FIRST_ANSWER });
    expect(await card.locator('[data-error-for]:not([hidden])').count()).toBe(0);
    // The same name again under another id: written, with the likely duplicate named (upsertEntity's warnings).
    await card.locator('[name="id"]').fill(`${id}-again`);
    await card.locator('[name="newSources[0].title"]').fill('');
    await card.locator('[name="newSources[0].id"]').fill('');
    await expect.poll(() => card.locator('select[name="sourceIds"]').getAttribute('data-loaded'), { timeout: FIRST_ANSWER }).not.toBeNull();
    await card.locator('select[name="sourceIds"]').selectOption(sourceId);
    await card.locator('button[type="submit"]').click();
    await card.locator(`[data-duplicate="${id}"]`).waitFor({ timeout: FIRST_ANSWER });
    expect(await card.locator('.form-saved').innerText()).toContain('Đã lưu: đã tạo mới.');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'editing-refused.png'), fullPage: true });
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('has no critical or serious axe-core violation on the editing pages and forms, in either language', async () => {
    const watched = await chromium.open(DESKTOP);
    const { page } = watched;
    const found: Record<string, unknown> = {};
    for (const lang of ['en', 'vi'] as const) {
      await language(watched, lang);
      await page.goto(`${server.base}/#/edit`);
      await page.locator('[data-key-state="NONE"]').waitFor({ timeout: FIRST_ANSWER });
      let v = await axeViolations(watched);
      if (v.length) found[`${lang} edit without key`] = v;
      await enterKey(watched, EDITOR_KEY);
      await page.locator('#add-entity-card form').waitFor({ timeout: FIRST_ANSWER });
      await page.locator('#add-entity-card [data-new-source] summary').click();
      v = await axeViolations(watched);
      if (v.length) found[`${lang} edit with key`] = v;
      await page.goto(`${server.base}/#/actor/org:ntbic`);
      await page.locator('[data-edit="link"]').waitFor({ timeout: FIRST_ANSWER });
      for (const d of ['entity', 'link', 'cite']) await page.locator(`[data-edit="${d}"] > summary`).click();
      await page.locator('[data-history] .change').first().waitFor({ timeout: FIRST_ANSWER });
      await page.waitForLoadState('networkidle');
      v = await axeViolations(watched);
      if (v.length) found[`${lang} entity with forms`] = v;
      await page.goto(`${server.base}/#/edit`);
      await page.click('#key-forget');
      await page.locator('[data-key-state="NONE"]').waitFor();
    }
    expect(found).toEqual({});
    await page.close();
  });
});
