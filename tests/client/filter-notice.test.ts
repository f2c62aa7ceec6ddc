import { describe, expect, it } from 'vitest';
import { filterSummary, withoutFilters } from '../../src/client/filter-notice.ts';

const LABELS: Record<string, string> = { astana: 'أستانا', geneva: 'جنيف', statement: 'تصريح', meeting: 'لقاء', 'staffan-de-mistura': 'ستافان دي ميستورا' };
const labelOf = (_name: string, value: string) => LABELS[value] ?? value;

describe('filterSummary', () => {
  it('names every active filter in the words of the form, in a fixed order', () => {
    const params = new URLSearchParams('actor=staffan-de-mistura&kind=statement,meeting&track=astana,geneva');
    expect(filterSummary(params, labelOf)).toEqual(['المسار: أستانا، جنيف', 'نوع الحدث: تصريح، لقاء', 'الفاعل: ستافان دي ميستورا']);
  });

  it('is empty for an address that filters nothing, an entry alone included', () => {
    expect(filterSummary(new URLSearchParams('entry=001-e170048bbaa0e3ab-841553&track='), labelOf)).toEqual([]);
  });

  it('shows a value it has no label for as it is, rather than hiding that a filter is on', () => {
    expect(filterSummary(new URLSearchParams('track=no-such-track'), labelOf)).toEqual(['المسار: no-such-track']);
  });
});

describe('withoutFilters', () => {
  it('drops the filters and keeps the entry', () => {
    const url = withoutFilters(new URL('https://masar.example.org/?track=astana&entry=x-1&kind=meeting&actor=a'));
    expect(url.search).toBe('?entry=x-1');
  });
});
