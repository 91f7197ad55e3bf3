import type { Executor } from '../../src/db/executor';

/**
 * Everything stored about the entities whose id starts with `prefix`: labels, properties and
 * outgoing relationships (type, far end, properties), in a stable order, to compare whole states
 * (e.g. before a delete or merge and after its restore).
 */
export async function entitySnapshot(db: Executor, prefix: string): Promise<unknown> {
  return db.runText(
    `MATCH (n:Entity) WHERE n.id STARTS WITH $p
     RETURN n.id AS id, labels(n) AS labels, properties(n) AS props,
            COLLECT { MATCH (n)-[r]->(m) WITH r, m ORDER BY type(r), m.id RETURN [type(r), m.id, properties(r)] } AS out
     ORDER BY id`,
    { p: prefix },
    'READ',
  );
}
