import { describe, expect, it } from 'vitest';
import { resolveRedirects } from '../../src/lib/resolve-redirects.ts';

describe('resolveRedirects', () => {
  const live = new Set(['2017-12-21-astana-08-opens', 'seed-002-1133cbd9-5e3a1f']);
  const served = (id: string) => live.has(id);

  it('follows chains to a served entry and leaves out loops and dead ends', () => {
    const redirects = {
      '2017-12-21-astana-8-opens': '2017-12-21-astana-08-opens',
      'a-111111': '2017-12-21-astana-8-opens',
      'b-222222': 'seed-002-1133cbd9-5e3a1f',
      'x-333333': 'y-444444',
      'y-444444': 'x-333333',
      'z-555555': 'gone-666666',
    };
    expect(resolveRedirects(redirects, served)).toEqual({
      '2017-12-21-astana-8-opens': '2017-12-21-astana-08-opens',
      'a-111111': '2017-12-21-astana-08-opens',
      'b-222222': 'seed-002-1133cbd9-5e3a1f',
    });
  });

  it('serves no redirect for an id that is itself served', () => {
    expect(resolveRedirects({ '2017-12-21-astana-08-opens': 'seed-002-1133cbd9-5e3a1f' }, served)).toEqual({});
  });
});
