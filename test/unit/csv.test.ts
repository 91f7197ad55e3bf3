import { describe, expect, it } from 'vitest';

import { convertCell, readCsvFolder } from '../../src/ingest/csv';
import { formatProblem } from '../../src/ingest/dataset';
import { validateDataset } from '../../src/ingest/validate';
import { fromRoot } from '../../src/paths';

const fixture = (name: string) => fromRoot('test', 'fixtures', 'import', name);

describe('convertCell', () => {
  it('converts numbers and booleans by the property kind, and keeps what does not convert', () => {
    expect(convertCell({ type: 'float', min: 0 }, '2500.5')).toBe(2500.5);
    expect(convertCell({ type: 'int', min: 0 }, 'ten')).toBe('ten');
    expect(convertCell({ type: 'bool' }, 'TRUE')).toBe(true);
    expect(convertCell({ type: 'bool' }, 'maybe')).toBe('maybe');
    expect(convertCell({ type: 'date' }, '2020-08')).toBe('2020-08');
  });
});

describe('readCsvFolder', () => {
  it('reads quoted cells, embedded newlines and semicolon-separated sources, with each record\'s line', () => {
    const { input, lines } = readCsvFolder(fixture('good-csv'));
    const d = input as { nodes: Array<Record<string, unknown>>; links: Array<Record<string, unknown>> };
    expect(d.nodes[0]).toEqual({ id: 'test:csv:ent1', label: 'Enterprise', name: 'Hợp tác xã thử nghiệm "Gốm"', nameEn: 'Test cooperative', founded: '2018', placeholder: true, sources: ['test:csv:src'] });
    expect(d.nodes[1].nameEn).toBe('Test workshop\n(two lines)');
    expect(d.nodes[2]).toMatchObject({ amount: 2500.5, currency: 'USD' });
    expect(lines.nodes).toEqual([2, 3, 5]);
    expect(d.links[3]).toEqual({ type: 'PARTNERS_WITH', from: 'test:csv:ent2', to: 'test:csv:ent1', role: 'supplier', since: '2021', sources: ['test:csv:src'] });
  });

  it('reports every kind of mistake of a bad folder at once, with file and line', () => {
    const { input, lines } = readCsvFolder(fixture('bad-csv'));
    const labels = new Map([['sector:handicrafts', 'Sector']]);
    const problems = validateDataset(input, fixture('bad-csv'), { labels }, lines).map(formatProblem);
    const nodes = fixture('bad-csv/nodes.csv');
    const links = fixture('bad-csv/links.csv');
    expect(problems).toEqual([
      `${fixture('bad-csv/sources.csv')}:2 sources[0].url: "not-a-url" is not an http(s) URL`,
      `${nodes}:2 nodes[0].label: "Enterprize" is not a known label (see src/domain/model.ts)`,
      `${nodes}:3 nodes[1].name: missing is required`,
      `${nodes}:4 nodes[2].amount: -10 must be at least 0 (no negative amounts)`,
      `${nodes}:5 nodes[3].founded: "May 2020" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`,
      `${nodes}:6 nodes[4].sources: missing must list at least one source id`,
      `${links}:2 links[0].to: "village:nowhere" is not the id of a node in this input or the database`,
      `${links}:3 links[1].type: "INVESTED" is not allowed from a Enterprise to a Investment`,
    ]);
  });
});
