import { loadConfig, type Config } from '../config';
import { openDatabase, type Database } from '../db/database';
import { applyMigrations } from '../db/migrations';

/**
 * Runs a command against the configured database (NEO4J_URI, or the embedded Neo4j and its data
 * directory), with migrations applied, and closes it afterwards whatever happens.
 */
export async function withDatabase<T>(work: (db: Database, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await openDatabase(config);
  try {
    await applyMigrations(db.executor);
    return await work(db, config);
  } finally {
    await db.close();
  }
}
