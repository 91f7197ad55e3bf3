import { describe, expect, it } from 'vitest';

import { buildLuceneQuery, foldForSearch, searchTerms } from '../../src/domain/search';

describe('foldForSearch', () => {
  it('removes Vietnamese diacritics, folds đ and lower-cases', () => {
    expect(foldForSearch('Làng gốm Bát Tràng')).toBe('lang gom bat trang');
    expect(foldForSearch('Đề án 844')).toBe('de an 844');
    expect(foldForSearch('Hiệp hội Làng nghề Việt Nam')).toBe('hiep hoi lang nghe viet nam');
  });

  it('treats composed and decomposed input the same', () => {
    expect(foldForSearch('Tr\u00e0ng')).toBe(foldForSearch('Tra\u0300ng'));
  });
});

describe('buildLuceneQuery', () => {
  it('requires every term, the last one also as a prefix, names weighted above descriptions', () => {
    expect(buildLuceneQuery('Bát Tr')).toBe('(searchName:(bat)^3 OR searchText:(bat)) AND (searchName:(tr OR tr*)^3 OR searchText:(tr OR tr*))');
  });

  it('drops every Lucene operator a user types', () => {
    const q = buildLuceneQuery('name:* OR "x" AND (y) -z ~1 ^2 \\ /re/')!;
    expect(searchTerms('name:* OR "x" AND (y) -z ~1 ^2 \\ /re/')).toEqual(['name', 'or', 'x', 'and', 'y', 'z', '1', '2', 're']);
    expect(q).not.toMatch(/[:"\\/~-]\w*\)|\(\(|"/);
  });

  it('returns null when nothing is searchable', () => {
    expect(buildLuceneQuery('  *** ')).toBeNull();
  });
});
