import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

describe('the committed founding dataset', () => {
  it('is exactly what scripts/build-founding-dataset.mjs builds (edit the script, not the JSON)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helixgraph-founding-'));
    try {
      const out = path.join(dir, 'founding.json');
      execFileSync(process.execPath, ['scripts/build-founding-dataset.mjs', '--out', out], { stdio: 'pipe' });
      expect(fs.readFileSync(out, 'utf8') === fs.readFileSync('data/founding.json', 'utf8')).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ships the founding article, whose figures the dataset reproduces, for offline checking', () => {
    const text = fs.readFileSync('data/article-vi.txt', 'utf8');
    for (const figure of ['360.000 USD', '40 doanh nghiệp', 'gần 1000']) expect(text).toContain(figure);
  });
});
