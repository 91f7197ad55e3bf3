import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { isRetryableError } from 'neo4j-driver';

import { fromRoot } from '../paths';
import type { Executor } from './executor';

export interface Migration {
  id: string;
  statements: string[];
  checksum: string;
}

/** Splits a migration file into statements at semicolons that end a line, dropping comments. */
export function splitStatements(text: string): string[] {
  const withoutComments = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Reads `cypher/migrations/NNN_name.cypher` files in order of their number. */
export function readMigrations(dir = fromRoot('cypher', 'migrations')): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.cypher$/.test(f))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      return {
        id: file.replace(/\.cypher$/, ''),
        statements: splitStatements(text),
        checksum: createHash('sha256').update(text).digest('hex'),
      };
    });
}

/**
 * Runs an idempotent schema statement, again after a transient error. Two API replicas starting
 * at once on an empty database create the same constraints together: Neo4j answers one of them
 * DeadlockDetected, or EquivalentSchemaRuleAlreadyExists in spite of `IF NOT EXISTS` (the other
 * created the very same rule first, which is what the statement wants). Both seen with two
 * processes starting together in test/integration/bookmarks.test.ts.
 */
async function retryTransient(work: () => Promise<unknown>, attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await work();
      return;
    } catch (err) {
      if ((err as { code?: string }).code === 'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists') return;
      if (attempt >= attempts || !isRetryableError(err)) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.random() * 200));
    }
  }
}

/**
 * Applies the migrations not yet recorded in the database, in order, each statement in its own
 * transaction (Neo4j does not mix schema and data writes), then records it as a `:Migration`
 * node. Statements are idempotent (`IF NOT EXISTS`), so a run interrupted between a statement and
 * its record is simply completed next time. Waits for indexes to come online.
 *
 * Returns the ids applied by this call.
 */
export async function applyMigrations(db: Executor, migrations = readMigrations()): Promise<string[]> {
  const applied = new Map((await db.read('migration/getApplied')).map((r) => [r.id as string, r.checksum as string]));
  const done: string[] = [];
  for (const m of migrations) {
    const previous = applied.get(m.id);
    if (previous !== undefined) {
      if (previous !== m.checksum) {
        throw new Error(`migration ${m.id} was changed after it was applied; add a new migration instead of editing it`);
      }
      continue;
    }
    for (const statement of m.statements) await retryTransient(() => db.runText(statement));
    await db.write('migration/recordApplied', { id: m.id, checksum: m.checksum, appliedAt: new Date().toISOString() });
    done.push(m.id);
  }
  if (done.length > 0) await db.runText('CALL db.awaitIndexes(300)');
  return done;
}
