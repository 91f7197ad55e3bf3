import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';

import { fromRoot } from '../paths';

/** Why the embedded Neo4j could not start; `code` is stable for callers and tests. */
export class EmbeddedNeo4jError extends Error {
  constructor(
    readonly code: 'NO_JAVA' | 'NO_JARS' | 'PORT_IN_USE' | 'STORE_LOCKED' | 'START_FAILED' | 'START_TIMEOUT',
    message: string,
  ) {
    super(message);
    this.name = 'EmbeddedNeo4jError';
  }
}

export interface EmbeddedNeo4jOptions {
  dataDir: string;
  /** 0 = any free port. */
  boltPort: number;
  pageCacheBytes: number;
  heapBytes: number;
  /**
   * Where the JVM's own output goes (appended). Defaults to `<dataDir>/neo4j.log`: inside the data
   * folder, never beside it (a data folder directly under the system's temporary folder would
   * otherwise put the log in the temporary folder itself, shared with anything else there).
   */
  logFile?: string;
  /** Most memory one transaction may use (Neo4j's db.memory.transaction.max); unset: no limit. */
  transactionMemoryBytes?: number;
  /** Fetch the jars with Maven when they are missing (shows Maven's progress). */
  installJars?: boolean;
  startTimeoutMs?: number;
  /**
   * A folder of procedure jars (the benchmark's APOC, bench/neo4j-plugins/lib): added to the
   * classpath and loaded as plugins, with `apoc.*` allowed unrestricted. Unset in normal use.
   */
  pluginDir?: string;
  /**
   * Load Graph Data Science from neo4j/lib/gds (default true when the folder exists; ignored with
   * `pluginDir`, since Neo4j has one plugins folder). False starts a Neo4j without GDS, as an
   * external one may be: the analytics then compute every measure themselves.
   */
  gds?: boolean;
}

export interface RunningNeo4j {
  uri: string;
  port: number;
  pid: number;
  /** Stops the DBMS cleanly (SIGTERM, then SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
  /** Resolves when the JVM has exited, for whatever reason. */
  exited: Promise<number | null>;
}

const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-XX:+UseG1GC',
  '-XX:+ExitOnOutOfMemoryError',
];

export const NO_DATABASE_HELP = [
  'helixgraph needs a Neo4j database. Choose one of:',
  '  1. install Java 17+ and Maven (mvn), then run `npm start` again: helixgraph starts an embedded Neo4j itself;',
  '  2. run `docker compose up` (see docker-compose.yml);',
  '  3. set NEO4J_URI (and NEO4J_USER / NEO4J_PASSWORD) to a Neo4j 5 you already have.',
].join('\n');

/** The java executable to use: $JAVA_HOME/bin/java when set, else `java` on the PATH. */
export function javaExecutable(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

function neo4jVersion(): string {
  const pom = fs.readFileSync(fromRoot('neo4j', 'pom.xml'), 'utf8');
  const m = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom);
  if (!m) throw new EmbeddedNeo4jError('NO_JARS', 'neo4j/pom.xml has no <neo4j.version>');
  return m[1];
}

/** The Graph Data Science version pinned beside Neo4j in neo4j/pom.xml, or null. */
export function gdsVersion(): string | null {
  const pom = fs.readFileSync(fromRoot('neo4j', 'pom.xml'), 'utf8');
  return /<gds\.version>([^<]+)<\/gds\.version>/.exec(pom)?.[1] ?? null;
}

/** Whether the jars of the pinned Neo4j (and GDS) versions are in neo4j/lib (scripts/install-neo4j.js's marker). */
export function jarsInstalled(): boolean {
  const gds = gdsVersion();
  return fs.existsSync(fromRoot('neo4j', 'lib', gds ? `.complete-${neo4jVersion()}-gds-${gds}` : `.complete-${neo4jVersion()}`));
}

function ensureJava(): void {
  const r = spawnSync(javaExecutable(), ['-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new EmbeddedNeo4jError('NO_JAVA', `Java was not found (${javaExecutable()}).\n${NO_DATABASE_HELP}`);
  }
  const m = /version "(\d+)/.exec(r.stderr ?? '');
  if (m && Number(m[1]) < 17) {
    throw new EmbeddedNeo4jError('NO_JAVA', `Java ${m[1]} found; the embedded Neo4j 5.26 needs Java 17 or newer.\n${NO_DATABASE_HELP}`);
  }
}

function ensureJars(install: boolean): void {
  if (jarsInstalled()) return;
  if (!install) {
    throw new EmbeddedNeo4jError('NO_JARS', 'the Neo4j jars are not installed; run `npm run neo4j:install`');
  }
  const r = spawnSync(process.execPath, [fromRoot('scripts', 'install-neo4j.js'), '--required'], { stdio: 'inherit' });
  if (r.status !== 0 || !jarsInstalled()) {
    throw new EmbeddedNeo4jError('NO_JARS', `the Neo4j jars could not be installed.\n${NO_DATABASE_HELP}`);
  }
}

/**
 * Starts an embedded Neo4j Community (neo4j/Launcher.java) and resolves once Bolt answers.
 *
 * The JVM is a direct child (no shell), so signals reach it; it shuts down when its stdin closes,
 * so even a Node process killed with SIGKILL leaves no JVM behind.
 */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<RunningNeo4j> {
  ensureJava();
  ensureJars(options.installJars ?? true);
  fs.mkdirSync(options.dataDir, { recursive: true });
  const logFile = options.logFile ?? path.join(options.dataDir, 'neo4j.log');
  const log = fs.openSync(logFile, 'a');

  const gdsDir = fromRoot('neo4j', 'lib', 'gds');
  const pluginDir = options.pluginDir ?? ((options.gds ?? true) && fs.existsSync(gdsDir) ? gdsDir : undefined);
  const args = [
    `-Xmx${Math.floor(options.heapBytes / 1024 ** 2)}m`,
    `-Xms${Math.min(128, Math.floor(options.heapBytes / 1024 ** 2))}m`,
    ...JVM_FLAGS,
    '-cp',
    [`${fromRoot('neo4j', 'lib')}${path.sep}*`, ...(options.pluginDir ? [`${path.resolve(options.pluginDir)}${path.sep}*`] : [])].join(path.delimiter),
    fromRoot('neo4j', 'Launcher.java'),
    '--data',
    options.dataDir,
    '--host',
    '127.0.0.1',
    '--port',
    String(options.boltPort),
    '--pagecache-bytes',
    String(options.pageCacheBytes),
    '--exit-on-stdin-close',
    ...(pluginDir ? ['--plugins', path.resolve(pluginDir)] : []),
    ...(options.transactionMemoryBytes ? ['--tx-memory-max-bytes', String(options.transactionMemoryBytes)] : []),
  ];
  const child = spawn(javaExecutable(), args, { stdio: ['pipe', 'pipe', log] });
  fs.closeSync(log);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // If this process exits without stopping Neo4j (an uncaught error), take the JVM along.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  exited.then(() => process.removeListener('exit', killOnExit));

  const port = await waitForReady(child, exited, logFile, options.startTimeoutMs ?? 180_000);
  return {
    uri: `bolt://127.0.0.1:${port}`,
    port,
    pid: child.pid ?? -1,
    exited,
    stop: (graceMs = 20_000) => stopChild(child, exited, graceMs),
  };
}

function waitForReady(child: ChildProcess, exited: Promise<number | null>, logFile: string, timeoutMs: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    let failure: EmbeddedNeo4jError | undefined;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new EmbeddedNeo4jError('START_TIMEOUT', `Neo4j did not start within ${timeoutMs / 1000} s; see ${logFile}`));
    }, timeoutMs);
    lines.on('line', (line) => {
      const ready = /^HELIXGRAPH_READY (.*)$/.exec(line);
      const error = /^HELIXGRAPH_ERROR (.*)$/.exec(line);
      if (ready) {
        clearTimeout(timer);
        resolve((JSON.parse(ready[1]) as { port: number }).port);
      } else if (error) {
        const e = JSON.parse(error[1]) as { code: EmbeddedNeo4jError['code']; message: string };
        failure = new EmbeddedNeo4jError(e.code, e.message);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(failure ?? new EmbeddedNeo4jError('START_FAILED', `Neo4j exited with code ${code} before it was ready; see ${logFile}`));
    });
  });
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
