import { describe, expect, it } from 'vitest';

import { formatProblem } from '../../src/ingest/dataset';
import { locateRecords, validateDataset } from '../../src/ingest/validate';

const TEXT = `{
  "format": "helixgraph-dataset",
  "version": 1,
  "sources": [
    { "id": "src:a", "title": "A source" }
  ],
  "nodes": [
    { "id": "v:1", "label": "CraftVillage", "name": "Bát Tràng", "sources": ["src:a"] },
    { "id": "e:1", "label": "Enterprize", "name": "X", "sources": ["src:a"] },
    { "id": "e:2", "label": "Enterprise", "name": "", "sources": ["src:a"] },
    { "id": "i:1", "label": "Investment", "name": "I", "amount": -5, "currency": "USD", "status": "COMMITTED", "sources": ["src:a"] },
    { "id": "ev:1", "label": "Event", "name": "E", "kind": "DEMO_DAY", "date": "08/2020", "sources": [] }
  ],
  "links": [
    { "type": "RECEIVED", "from": "v:1", "to": "i:1", "sources": ["src:a"] },
    { "type": "LOCATED_IN", "from": "e:2", "to": "nowhere", "sources": ["src:a"] }
  ]
}`;

describe('validateDataset', () => {
  it('reports every mistake at once with its line, field, value and rule', () => {
    const problems = validateDataset(JSON.parse(TEXT), 'bad.json', undefined, locateRecords(TEXT)).map(formatProblem);
    expect(problems).toEqual([
      'bad.json:9 nodes[1].label: "Enterprize" is not a known label (see src/domain/model.ts)',
      'bad.json:10 nodes[2].name: "" must not be empty',
      'bad.json:11 nodes[3].amount: -5 must be at least 0 (no negative amounts)',
      'bad.json:12 nodes[4].date: "08/2020" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD',
      'bad.json:12 nodes[4].sources: [] must list at least one source id',
      'bad.json:15 links[0].type: "RECEIVED" is not allowed from a CraftVillage to a Investment',
      'bad.json:16 links[1].to: "nowhere" is not the id of a node in this input or the database',
    ]);
  });

  it('accepts references to records already in the database, and refuses to change their label', () => {
    const input = {
      format: 'helixgraph-dataset',
      version: 1,
      sources: [],
      nodes: [{ id: 'org:x', label: 'Investor', name: 'X', sources: ['src:db'] }],
      links: [{ type: 'ACTIVE_IN', from: 'org:x', to: 'sector:handicrafts', sources: ['src:db'] }],
    };
    const labels = new Map([
      ['src:db', 'Source'],
      ['sector:handicrafts', 'Sector'],
      ['org:x', 'Enterprise'],
    ]);
    expect(validateDataset(input, 'in.json', { labels }).map(formatProblem)).toEqual([
      'in.json nodes[0].label: "Investor" cannot change the label of existing org:x, which is a Enterprise',
    ]);
  });

  it('refuses unknown properties and duplicate ids', () => {
    const input = {
      format: 'helixgraph-dataset',
      version: 1,
      sources: [{ id: 's', title: 'S' }],
      nodes: [
        { id: 'a', label: 'Sector', name: 'A', colour: 'red', sources: ['s'] },
        { id: 'a', label: 'Sector', name: 'B', sources: ['s'] },
      ],
      links: [],
    };
    expect(validateDataset(input, 'x.json').map(formatProblem)).toEqual([
      'x.json nodes[0].colour: "red" is not a known property here',
      'x.json nodes[1].id: "a" is declared twice in this input',
    ]);
  });
});
