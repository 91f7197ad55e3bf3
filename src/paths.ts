import fs from 'node:fs';
import path from 'node:path';

/**
 * The project's root folder (the one holding helixgraph's package.json), found by walking up
 * from this file so that it is the same from `src/` under vitest and from `dist/src/` when built.
 */
export function projectRoot(): string {
  let dir = __dirname;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'helixgraph') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`helixgraph's package.json not found above ${__dirname}`);
    dir = parent;
  }
}

/** Absolute path of a file or folder inside the project. */
export function fromRoot(...parts: string[]): string {
  return path.join(projectRoot(), ...parts);
}
