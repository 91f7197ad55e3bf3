import { describe, expect, it } from 'vitest';

import {
  compareRecords,
  findDuplicatesAmong,
  findDuplicatesIn,
  nameKey,
  nameSimilarity,
  SIMILARITY_THRESHOLD,
  type NamedRecord,
} from '../../src/domain/duplicates';

const village = (id: string, names: string[], places: string[] = []): NamedRecord => ({ id, label: 'CraftVillage', names, places });

describe('nameKey', () => {
  it('folds diacritics, đ, case and punctuation as search does, and drops the generic words', () => {
    expect(nameKey('Làng gốm Bát Tràng')).toBe('gom bat trang');
    expect(nameKey('LÀNG NGHỀ gốm  Bát-Tràng!')).toBe('gom bat trang');
    expect(nameKey('Đông Hồ village')).toBe('dong ho');
    expect(nameKey('Công ty TNHH Gốm Minh Châu')).toBe('gom minh chau');
    expect(nameKey('Minh Chau Ceramics Co., Ltd')).toBe('minh chau ceramics');
  });

  it('keeps "nghề" and "công" alone: "Công nghệ" is technology, not a generic word', () => {
    expect(nameKey('Trung tâm Ươm tạo Công nghệ')).toBe('trung tam uom tao cong nghe');
  });

  it('keeps a name made only of generic words whole', () => {
    expect(nameKey('Làng')).toBe('lang');
    expect(nameKey('—')).toBe('');
  });
});

describe('nameSimilarity', () => {
  it('reads the English craft word as the Vietnamese one and ignores word order', () => {
    expect(nameSimilarity('Làng gốm Bát Tràng', 'Bat Trang pottery village')).toBe(1);
  });

  it('reaches the threshold when one name leaves out the craft word (2 of 3 words shared)', () => {
    expect(nameSimilarity('Làng gốm Bát Tràng', 'Bat Trang village')).toBeCloseTo(0.83, 2);
  });

  it('stays below it for an English craft word the list does not know', () => {
    expect(nameSimilarity('Làng gốm Bát Tràng', 'Bat Trang earthenware village')).toBeCloseTo(0.56, 2);
  });

  it('tolerates a typo', () => {
    expect(nameSimilarity('Làng lụa Vạn Phúc', 'Lang lua Van Phuuc')).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
  });

  it('is 0 when the numbers differ (placeholders HC-01 and HC-02 are two records)', () => {
    expect(nameSimilarity('[PLACEHOLDER] Doanh nghiệp HC-01', '[PLACEHOLDER] Doanh nghiệp HC-02')).toBe(0);
  });
});

describe('compareRecords', () => {
  it('calls the same folded name a likely duplicate, with the key it shares, without a place', () => {
    const m = compareRecords(village('v:new', ['Lang gom Bat Trang']), village('v:old', ['Làng gốm Bát Tràng', 'Bat Trang pottery village']));
    expect(m).toEqual({
      rule: 'SAME_NAME',
      id: 'v:new',
      otherId: 'v:old',
      label: 'CraftVillage',
      name: 'Lang gom Bat Trang',
      otherName: 'Làng gốm Bát Tràng',
      similarity: 1,
      key: 'gom bat trang',
      sharedPlaces: [],
      reason: 'likely a duplicate of v:old: the same label (CraftVillage) and the same name once folded ("Lang gom Bat Trang" and "Làng gốm Bát Tràng" both read "gom bat trang")',
    });
  });

  it('catches "Bat Trang pottery village" against a record that carries it as its English name', () => {
    const m = compareRecords(village('v:survey', ['Bat Trang pottery village']), village('v:old', ['Làng gốm Bát Tràng', 'Bat Trang pottery village']));
    expect(m?.rule).toBe('SAME_NAME');
    expect(m?.otherName).toBe('Bat Trang pottery village');
  });

  it('catches "Làng gốm Bát Tràng" vs "Bat Trang pottery village" when both are in Hà Nội, saying so', () => {
    const m = compareRecords(village('v:b', ['Bat Trang pottery village'], ['province:ha-noi']), village('v:a', ['Làng gốm Bát Tràng'], ['province:ha-noi', 'x:other']));
    expect(m).toMatchObject({ rule: 'SIMILAR_NAME', similarity: 1, sharedPlaces: ['province:ha-noi'], key: null });
    expect(m?.reason).toBe(
      'possibly a duplicate of v:a: the same label (CraftVillage); both are located in province:ha-noi, and the names "Bat Trang pottery village" and "Làng gốm Bát Tràng" are 1.00 similar (reported from 0.80)',
    );
  });

  it('does not catch that pair with no place in common and no shared name', () => {
    expect(compareRecords(village('v:b', ['Bat Trang pottery village'], ['province:ha-noi']), village('v:a', ['Làng gốm Bát Tràng'], ['province:bac-ninh']))).toBeNull();
    expect(compareRecords(village('v:b', ['Bat Trang pottery village']), village('v:a', ['Làng gốm Bát Tràng']))).toBeNull();
  });

  it('never matches records of different labels, or a record with itself', () => {
    const a = village('v:a', ['Bát Tràng'], ['p']);
    expect(compareRecords(a, { ...a, id: 'e:a', label: 'Enterprise' })).toBeNull();
    expect(compareRecords(a, a)).toBeNull();
  });

  it('does not call similar names in one place duplicates below the threshold', () => {
    expect(compareRecords(village('v:1', ['Làng gốm Phù Lãng'], ['p']), village('v:2', ['Làng gốm Bát Tràng'], ['p']))).toBeNull();
  });
});

describe('findDuplicatesIn and findDuplicatesAmong', () => {
  it('compares each candidate with the existing records of its label', () => {
    const found = findDuplicatesIn(
      [village('v:new', ['Bát Tràng']), { id: 'e:new', label: 'Enterprise', names: ['Bát Tràng'], places: [] }],
      [village('v:old', ['Làng Bát Tràng']), village('v:other', ['Làng Chuông'])],
    );
    expect(found.map((m) => [m.id, m.otherId, m.rule])).toEqual([['v:new', 'v:old', 'SAME_NAME']]);
  });

  it('reports each pair of one input once, the later record as the duplicate of the earlier', () => {
    const records = [
      village('v:1', ['Làng gốm Bát Tràng'], ['province:ha-noi']),
      village('v:2', ['Làng Chuông'], ['province:ha-noi']),
      village('v:3', ['Bat Trang pottery village'], ['province:ha-noi']),
      village('v:4', ['Lang Chuong', 'Chuong conical hat village'], ['province:ha-noi']),
    ];
    expect(findDuplicatesAmong(records).map((m) => [m.id, m.otherId, m.rule])).toEqual([
      ['v:3', 'v:1', 'SIMILAR_NAME'],
      ['v:4', 'v:2', 'SAME_NAME'],
    ]);
  });

  it('finds nothing among the 40 numbered placeholders of one village', () => {
    const records = Array.from({ length: 40 }, (_, i) => ({ id: `ph:${i}`, label: 'Enterprise', names: [`[PLACEHOLDER] Doanh nghiệp làng nghề HC-${String(i + 1).padStart(2, '0')}`], places: ['v'] }));
    expect(findDuplicatesAmong(records)).toEqual([]);
  });
});
