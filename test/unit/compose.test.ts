import fs from 'node:fs';

import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

import { fromRoot } from '../../src/paths';

const compose = YAML.parse(fs.readFileSync(fromRoot('docker-compose.yml'), 'utf8'), { strict: true, uniqueKeys: true });
const pomVersion = /<neo4j\.version>([^<]+)</.exec(fs.readFileSync(fromRoot('neo4j', 'pom.xml'), 'utf8'))![1];

describe('docker-compose.yml', () => {
  it('runs the same Neo4j Community version as the embedded one, with a healthcheck and a named volume', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toBe(`neo4j:${pomVersion}-community`);
    expect(neo4j.healthcheck.test).toBeDefined();
    const [volume] = neo4j.volumes[0].split(':');
    expect(Object.keys(compose.volumes)).toContain(volume);
  });

  it('binds every published port to 127.0.0.1', () => {
    for (const service of Object.values<any>(compose.services)) {
      for (const port of service.ports ?? []) expect(String(port)).toMatch(/^127\.0\.0\.1:/);
    }
  });

  it('builds the API from the Dockerfile and starts it only once Neo4j is healthy', () => {
    const api = compose.services.api;
    expect(api.build).toBeDefined();
    expect(fs.existsSync(fromRoot(api.build.dockerfile ?? 'Dockerfile'))).toBe(true);
    expect(api.depends_on.neo4j.condition).toBe('service_healthy');
    expect(api.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
  });
});
