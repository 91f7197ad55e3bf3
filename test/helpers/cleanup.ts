import { createDriver } from '../../src/db/database';

/**
 * Removes every node whose id starts with `prefix`, with its relationships, by a direct statement:
 * what a test's API processes cannot delete (sources, the restore record of a deleted entity).
 */
export async function removeByIdPrefix(uri: string, prefix: string): Promise<void> {
  const driver = createDriver(uri);
  try {
    await driver.executeQuery('MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: prefix });
  } finally {
    await driver.close();
  }
}
