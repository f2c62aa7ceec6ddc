import { describe, expect, it } from 'vitest';
import { minorLabel, narrowMinorLabel } from '../../src/client/axis-format.ts';

describe('narrowMinorLabel', () => {
  it('numbers the months, Latin digits, where a phone has no room for «تشرين الأول»', () => {
    expect(minorLabel(new Date(2017, 9, 1), 'month')).toBe('تشرين الأول');
    expect(narrowMinorLabel(new Date(2017, 9, 1), 'month')).toBe('10');
    expect(narrowMinorLabel(new Date(2018, 0, 1), 'month')).toBe('1');
  });

  it('labels days and years as the wide axis does', () => {
    for (const scale of ['day', 'year']) expect(narrowMinorLabel(new Date(2017, 11, 21), scale)).toBe(minorLabel(new Date(2017, 11, 21), scale));
  });
});
