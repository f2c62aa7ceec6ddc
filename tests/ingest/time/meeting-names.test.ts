// Meetings the catalog names (a conference, a decision of the Arab League): found however their name
// spells Syria («سوريا»، «سورية»). Invented sentences.
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { CATALOG_ROUNDS } from './fixtures.ts';

const named = (text: string) => dateArticle(text, { rounds: CATALOG_ROUNDS, published: '2023-05-09' }).expressions.filter((e) => e.kind === 'round' && e.stated.roundId !== undefined);

describe('a meeting named by the catalog', () => {
  it('is found with Syria spelled either way', () => {
    for (const syria of ['سوريا', 'سورية']) {
      const found = named(`ورحبت الرياض بقرار عودة ${syria} إلى الجامعة العربية.`);
      expect(found, syria).toHaveLength(1);
      expect(found[0]!.stated.roundId, syria).toBe('fm-arab-league-2023');
    }
  });

  it('but the adjective is not the country', () => {
    expect(named('ورحبت الرياض بقرار عودة السورية إلى الجامعة العربية.')).toHaveLength(0);
  });
});
