import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { fromRoot } from '../../../src/paths';
import { startTestServer, type TestServer } from '../../helpers/server';

/**
 * @graphql-codegen/cli, as a dashboard developer runs it: the client preset reads the live schema
 * from a production server by introspection, types the README's dashboard document, and writes the
 * persisted-documents manifest that a second server, with HELIXGRAPH_TRUSTED_DOCUMENTS=only, loads
 * and runs by id.
 */
const run = promisify(execFile);
const OUT = fromRoot('dist', 'codegen-test');
const CODEGEN = fromRoot('node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js');
const TSC = fromRoot('node_modules', 'typescript', 'bin', 'tsc');

let server: TestServer;
let trusted: TestServer | undefined;

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  server = await startTestServer({ NODE_ENV: 'production' });
});
afterAll(async () => {
  await server?.stop();
  await trusted?.stop();
});

describe('@graphql-codegen/cli (client preset) against the live server', () => {
  it('generates the types of the README dashboard document from the downloaded schema, and they typecheck', async () => {
    await run(process.execPath, [CODEGEN, '--config', 'test/fixtures/dashboard/codegen.ts'], {
      cwd: fromRoot(),
      env: { ...process.env, HELIXGRAPH_URL: server.app.url, CODEGEN_OUT: OUT, NO_COLOR: '1' },
      timeout: 120_000,
    });
    const generated = readFileSync(path.join(OUT, 'graphql.ts'), 'utf8');
    expect(generated).toContain(
      'export type DashboardQuery = { counts: Array<{ key: string, label: string, count: number, evidence: Array<{ evidence: Evidence, count: number }> }>, ' +
        'investmentTotals: Array<{ label: string, currency: string, amount: number, enterprises: number, evidence: Array<{ evidence: Evidence, amount: number | null }> }>, ' +
        'eventsOverTime: Array<{ period: string, events: number, participantVisits: number | null, evidence: Array<{ evidence: Evidence, count: number }> }> };',
    );
    // A dashboard's own code against the generated types: a field that exists compiles, one that does not is an error.
    writeFileSync(
      path.join(OUT, 'usage.ts'),
      [
        "import type { DashboardQuery } from './graphql';",
        'export const committed = (data: DashboardQuery): number => data.investmentTotals.reduce((sum, t) => sum + t.amount, 0);',
        '// @ts-expect-error GroupCount has no field nope',
        'export const nope = (data: DashboardQuery) => data.counts[0].nope;',
      ].join('\n'),
    );
    await run(process.execPath, [TSC, '--noEmit', '--strict', '--skipLibCheck', '--target', 'ES2022', '--moduleResolution', 'node', '--module', 'commonjs', ...['graphql.ts', 'gql.ts', 'index.ts', 'usage.ts'].map((f) => path.join(OUT, f))], {
      cwd: fromRoot(),
      timeout: 120_000,
    });
  });

  it('writes a persisted-documents manifest that an only-trusted-documents server loads and runs by documentId', async () => {
    const manifestFile = path.join(OUT, 'persisted-documents.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string>;
    const [documentId] = Object.keys(manifest);
    expect(Object.keys(manifest)).toHaveLength(1);
    expect(documentId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(readFileSync(path.join(OUT, 'graphql.ts'), 'utf8')).toContain(`{"__meta__":{"hash":"${documentId}"}`);

    trusted = await startTestServer({ NODE_ENV: 'production', HELIXGRAPH_TRUSTED_DOCUMENTS: 'only', HELIXGRAPH_TRUSTED_DOCUMENTS_FILE: manifestFile });
    const byId = await fetch(trusted.app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ documentId }) });
    expect(byId.status).toBe(200);
    const body = (await byId.json()) as { data: { investmentTotals: Array<{ label: string; amount: number }> } };
    expect(body.data).toEqual(await server.ok(manifest[documentId]));
    expect(body.data.investmentTotals.find((t) => t.label === 'Thủ công mỹ nghệ')?.amount).toBe(360000);
    // The same dashboard's document as written in the README (not the normalised text codegen registered) is refused.
    const readme = readFileSync(fromRoot('test', 'fixtures', 'dashboard', 'dashboard.graphql'), 'utf8');
    const refused = await trusted.gql(readme);
    expect(refused.status).toBe(403);
    expect(refused.errors![0].extensions?.code).toBe('QUERY_NOT_IN_SAFELIST');
  });
});
