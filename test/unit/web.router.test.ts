import { describe, expect, it } from 'vitest';

import { encodeId, parseHash, routeHash } from '../../web/src/router';

describe('the explorer routes', () => {
  it('reads every page from the hash', () => {
    expect(parseHash('')).toEqual({ page: 'search', query: '', kinds: 'all' });
    expect(parseHash('#/')).toEqual({ page: 'search', query: '', kinds: 'all' });
    expect(parseHash('#/search?q=bat+trang&kinds=villages')).toEqual({ page: 'search', query: 'bat trang', kinds: 'villages' });
    expect(parseHash('#/search?q=b%C3%A1t&kinds=planets')).toEqual({ page: 'search', query: 'bát', kinds: 'all' });
    expect(parseHash('#/actor/org:ntbic')).toEqual({ page: 'entity', id: 'org:ntbic' });
    expect(parseHash('#/entity/village:bat-trang')).toEqual({ page: 'entity', id: 'village:bat-trang' });
    expect(parseHash('#/entity/ph%3Aent%3AHC%3A01')).toEqual({ page: 'entity', id: 'ph:ent:HC:01' });
    expect(parseHash('#/dashboard')).toEqual({ page: 'dashboard' });
    expect(parseHash('#/gaps')).toEqual({ page: 'gaps' });
    expect(parseHash('#/gaps?evidence=synthetic&province=province:bac-ninh')).toEqual({ page: 'gaps', evidence: 'synthetic', province: 'province:bac-ninh' });
    expect(parseHash('#/gaps?evidence=everything')).toEqual({ page: 'gaps' });
    expect(parseHash('#/brokers')).toEqual({ page: 'brokers', params: {} });
    expect(parseHash('#/brokers?measure=constraint&kind=GOVERNMENT_AGENCY&province=province:ha-noi&from=GOVERNMENT&to=INDUSTRY&other=x')).toEqual({
      page: 'brokers',
      params: { measure: 'constraint', kind: 'GOVERNMENT_AGENCY', province: 'province:ha-noi', from: 'GOVERNMENT', to: 'INDUSTRY' },
    });
    expect(parseHash('#/nowhere')).toEqual({ page: 'notFound', hash: '/nowhere' });
    expect(parseHash('#/entity/%E0%A4%A')).toEqual({ page: 'notFound', hash: '/entity/%E0%A4%A' });
  });

  it('writes hashes that read back as the same route, ids kept readable', () => {
    expect(routeHash({ page: 'search', query: '', kinds: 'all' })).toBe('#/');
    expect(routeHash({ page: 'search', query: 'bat trang', kinds: 'events' })).toBe('#/search?q=bat+trang&kinds=events');
    expect(routeHash({ page: 'entity', id: 'org:ntbic' }, true)).toBe('#/actor/org:ntbic');
    expect(routeHash({ page: 'entity', id: 'village:bat-trang' })).toBe('#/entity/village:bat-trang');
    expect(routeHash({ page: 'gaps', evidence: 'synthetic', province: 'province:quang-nam' })).toBe('#/gaps?evidence=synthetic&province=province:quang-nam');
    expect(routeHash({ page: 'gaps', evidence: 'sources' })).toBe('#/gaps');
    expect(routeHash({ page: 'brokers', params: {} })).toBe('#/brokers');
    expect(routeHash({ page: 'brokers', params: { measure: 'pagerank', province: 'province:ha-noi' } })).toBe('#/brokers?measure=pagerank&province=province:ha-noi');
    expect(encodeId('a b/c:d')).toBe('a%20b%2Fc:d');
    for (const route of [
      { page: 'search', query: 'Bát Tràng & co', kinds: 'actors' },
      { page: 'entity', id: 'ph:ent:HC:01' },
      { page: 'entity', id: 'odd/id with space' },
      { page: 'dashboard' },
      { page: 'gaps' },
      { page: 'gaps', evidence: 'estimates', province: 'province:ha-noi' },
    ] as const) {
      expect(parseHash(routeHash(route))).toEqual(route);
    }
  });
});
