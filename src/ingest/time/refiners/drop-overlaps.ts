// Several parsers can read the same words ("أمس الثلاثاء" and its "الثلاثاء"): keep the longest reading.
import type { Parsed } from '../types.ts';

export function dropOverlaps(results: Parsed[]): Parsed[] {
  const sorted = [...results].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Parsed[] = [];
  for (const r of sorted) {
    const last = kept[kept.length - 1];
    if (last && r.start < last.end) {
      if (r.end - r.start > last.end - last.start) kept[kept.length - 1] = r;
      continue;
    }
    kept.push(r);
  }
  return kept;
}
