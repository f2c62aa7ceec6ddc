import { describe, expect, it } from 'vitest';
import { searchNormalize } from '../../src/lib/search-normalize.ts';

describe('searchNormalize', () => {
  it('strips attached conjunctions and the article', () => {
    expect(searchNormalize('والدستور')).toEqual(['دستور']);
    expect(searchNormalize('الدستور')).toEqual(['دستور']);
    expect(searchNormalize('فالانتخابات والانتخابات')).toEqual(['انتخابات']);
    expect(searchNormalize('للمعارضة بالمعارضة المعارضة')).toEqual(['معارضا']);
  });
  it('meets hamza, alef and final ta marbuta variants', () => {
    const forms = new Set(['آستانة', 'أستانة', 'أستانا', 'استانا', 'استانه'].flatMap(searchNormalize));
    expect([...forms]).toEqual(['استانا']);
    expect(searchNormalize('الإرهاب')).toEqual(searchNormalize('ارهاب'));
  });
  it('keeps short words and Latin tokens whole', () => {
    expect(searchNormalize('ولد')).toEqual(['ولد']);
    expect(searchNormalize('UN 2254')).toEqual(['un', '2254']);
    expect(searchNormalize('القرار ٢٢٥٤')).toEqual(['قرار', '2254']);
  });
  it('does not strip a word that merely starts with ل or ب', () => {
    expect(searchNormalize('لافرنتييف بشار')).toEqual(['لافرنتييف', 'بشار']);
  });
});
