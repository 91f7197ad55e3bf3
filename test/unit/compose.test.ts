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

describe('docker-compose.cluster.yml (parsed only: Neo4j Enterprise and Docker are not on these machines)', () => {
  const text = fs.readFileSync(fromRoot('docker-compose.cluster.yml'), 'utf8');
  const cluster = YAML.parse(text, { strict: true, uniqueKeys: true });
  const members = ['neo4j-1', 'neo4j-2', 'neo4j-3'];
  const apis = ['api-1', 'api-2'];

  it('says at its top that it is not run here', () => {
    expect(text.split('\n').slice(0, 6).join('\n')).toContain('NOT RUN HERE');
  });

  it('runs three Neo4j Enterprise primaries of the embedded version, each with GDS, discovering one another', () => {
    expect(Object.keys(cluster.services).filter((s) => s.startsWith('neo4j-'))).toEqual(members);
    for (const name of members) {
      const member = cluster.services[name];
      const env = member.environment;
      expect(member.image).toBe(`neo4j:${pomVersion}-enterprise`);
      expect(JSON.parse(env.NEO4J_PLUGINS)).toEqual(['graph-data-science']);
      expect(env.NEO4J_dbms_security_procedures_unrestricted).toBe('gds.*');
      expect(env.NEO4J_server_default__advertised__address).toBe(name);
      expect(env.NEO4J_dbms_cluster_discovery_v2_endpoints.split(',')).toEqual(members.map((m) => `${m}:6000`));
      expect(env.NEO4J_initial_dbms_default__primaries__count).toBe('3');
      // The licence is the user's to accept: compose stops when it is not set.
      expect(env.NEO4J_ACCEPT_LICENSE_AGREEMENT).toMatch(/^\$\{NEO4J_ACCEPT_LICENSE_AGREEMENT:\?/);
      expect(member.healthcheck.test).toBeDefined();
      expect(Object.keys(cluster.volumes)).toContain(member.volumes[0].split(':')[0]);
    }
  });

  it('runs two API replicas from the Dockerfile that route through neo4j://, share the budget through Redis, and start once the cluster is healthy', () => {
    expect(cluster.services.redis.healthcheck.test).toBeDefined();
    for (const name of apis) {
      const api = cluster.services[name];
      expect(fs.existsSync(fromRoot(api.build.dockerfile))).toBe(true);
      expect(api.environment.NEO4J_URI).toMatch(/^neo4j:\/\/neo4j-1:7687$/);
      expect(api.environment.HELIXGRAPH_REDIS_URL).toBe('redis://redis:6379');
      for (const dependency of [...members, 'redis']) expect(api.depends_on[dependency].condition).toBe('service_healthy');
    }
    // One replica migrates and loads the dataset; the other starts after it.
    expect(apis.map((name) => cluster.services[name].environment.HELIXGRAPH_LOAD_DATASET)).toEqual(['true', 'false']);
    expect(cluster.services['api-2'].depends_on['api-1'].condition).toBe('service_healthy');
  });

  it('binds every published port to 127.0.0.1', () => {
    const published = Object.values<any>(cluster.services).flatMap((service) => service.ports ?? []);
    expect(published).toContain('127.0.0.1:4001:4000');
    expect(published).toContain('127.0.0.1:4002:4000');
    for (const port of published) expect(String(port)).toMatch(/^127\.0\.0\.1:/);
  });
});
