#!/usr/bin/env node
/**
 * Fetches the embedded Neo4j Community jars into neo4j/lib with Maven (from the repository Maven
 * is configured with, Maven Central by default), showing progress. Runs after `npm install` and
 * again from the server when the jars are missing.
 *
 * Exit codes: 0 done (or skipped with a warning when Java/Maven are missing and --required is not
 * given); 1 when Maven fails or, with --required, when Java or Maven is missing.
 */
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const neo4jDir = path.join(root, 'neo4j');
const libDir = path.join(neo4jDir, 'lib');
const required = process.argv.includes('--required');

function neo4jVersion() {
  const pom = fs.readFileSync(path.join(neo4jDir, 'pom.xml'), 'utf8');
  const m = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom);
  if (!m) throw new Error('neo4j/pom.xml has no <neo4j.version>');
  return m[1];
}

/** The pinned Graph Data Science version (neo4j/pom.xml), or null when none is pinned. */
function gdsVersion() {
  const pom = fs.readFileSync(path.join(neo4jDir, 'pom.xml'), 'utf8');
  const m = /<gds\.version>([^<]+)<\/gds\.version>/.exec(pom);
  return m ? m[1] : null;
}

function has(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return r.status === 0;
}

const NO_DATABASE_HELP = [
  'helixgraph needs a Neo4j database. Choose one of:',
  '  1. install Java 17+ and Maven (mvn), then run `npm start` again: helixgraph starts an embedded Neo4j itself;',
  '  2. run `docker compose up` (see docker-compose.yml);',
  '  3. set NEO4J_URI (and NEO4J_USER / NEO4J_PASSWORD) to a Neo4j 5 you already have.',
].join('\n');

/** The file that says neo4j/lib holds the jars of these versions (a new pin fetches again). */
function markerPath(version, gds = gdsVersion()) {
  return path.join(libDir, gds ? `.complete-${version}-gds-${gds}` : `.complete-${version}`);
}

async function main() {
  if (process.env.HELIXGRAPH_SKIP_NEO4J_INSTALL === '1') return 0;
  const version = neo4jVersion();
  if (fs.existsSync(markerPath(version))) return 0;

  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const missing = [];
  if (!has(java, ['-version'])) missing.push('Java 17+');
  if (!has('mvn', ['-v'])) missing.push('Maven (mvn)');
  if (missing.length > 0) {
    const msg = `helixgraph: ${missing.join(' and ')} not found, so the embedded Neo4j cannot be installed.\n${NO_DATABASE_HELP}`;
    console.error(msg);
    return required ? 1 : 0;
  }

  const gds = gdsVersion();
  console.log(`helixgraph: fetching Neo4j Community ${version}${gds ? ` and Graph Data Science ${gds}` : ''} jars with Maven into neo4j/lib (about 140 MB, once)…`);
  fs.rmSync(libDir, { recursive: true, force: true });
  const started = Date.now();
  let files = 0;
  let bytes = 0;
  const tty = process.stdout.isTTY;
  const child = spawn(
    'mvn',
    ['-B', '-f', path.join(neo4jDir, 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${libDir}`, '-DincludeScope=runtime'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const tail = [];
  let buffered = '';
  const onData = (chunk) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop();
    for (const line of lines) {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      const m = /Downloaded from [^:]+: \S+ \(([\d.]+) ([kMG]?B)/.exec(line);
      if (!m) continue;
      files += 1;
      bytes += Number(m[1]) * ({ B: 1, kB: 1e3, MB: 1e6, GB: 1e9 }[m[2]] ?? 1);
      const progress = `  ${files} files, ${(bytes / 1e6).toFixed(1)} MB downloaded`;
      if (tty) process.stdout.write(`\r${progress}`);
      else if (files % 50 === 0) console.log(progress);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const code = await new Promise((resolve) => child.on('close', resolve));
  if (tty) process.stdout.write('\n');
  if (code !== 0) {
    console.error(tail.join('\n'));
    console.error(`helixgraph: Maven failed (exit ${code}) while fetching the Neo4j jars; see its output above.`);
    return 1;
  }
  if (gds) {
    // GDS registers its procedures only from a plugins folder whose jars are also on the classpath
    // (neo4j/lib/* holds them all; a plugins folder of all of lib fails to register): copy its own
    // jars (group org.neo4j.gds, from Maven's local repository: no second download) into lib/gds.
    const copied = spawnSync(
      'mvn',
      ['-B', '-q', '-f', path.join(neo4jDir, 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${path.join(libDir, 'gds')}`, '-DincludeScope=runtime', '-DincludeGroupIds=org.neo4j.gds'],
      { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' },
    );
    if (copied.status !== 0) {
      console.error(`${copied.stdout}${copied.stderr}`);
      console.error(`helixgraph: Maven failed (exit ${copied.status}) while copying the Graph Data Science jars into neo4j/lib/gds.`);
      return 1;
    }
  }
  const jars = fs.readdirSync(libDir).filter((f) => f.endsWith('.jar'));
  const size = jars.reduce((s, f) => s + fs.statSync(path.join(libDir, f)).size, 0);
  fs.writeFileSync(markerPath(version), `${jars.length} jars\n`);
  console.log(
    `helixgraph: Neo4j ${version}${gds ? ` with GDS ${gds}` : ''} ready: ${jars.length} jars, ${(size / 1e6).toFixed(1)} MB on disk, ` +
      `${(bytes / 1e6).toFixed(1)} MB downloaded in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err) => {
      console.error(`helixgraph: ${err.message}`);
      process.exit(1);
    },
  );
}

module.exports = { neo4jVersion, gdsVersion, markerPath, libDir, NO_DATABASE_HELP };
