// Several parsers can read the same words ("أمس الثلاثاء" and its "الثلاثاء"): keep the longest reading,
// but never a date read from inside a round's number.
import type { Parsed } from '../types.ts';

export function dropOverlaps(all: Parsed[]): Parsed[] {
  // A round named by its track alone ("اجتماعات اللجنة الدستورية") gives way to any reading of the same
  // words, above all a numbered one ("رابع اجتماعات اللجنة الدستورية").
  // Beside another round ("الجولة التاسعة من محادثات أستانا") it is that round's track, not a second round.
  // Not beside a meeting read from words other meetings share: that reading may find no candidate the
  // story's other evidence allows, and the track's round must still be there to be read.
  const results = all.filter((r) => r.parser !== 'unnumbered-round' || !all.some((x) => x !== r && (
    (x.start < r.end && r.start < x.end) || (x.kind === 'round' && x.parser !== 'unnumbered-round' && x.bounded === undefined && x.start < r.start + 40 && r.start < x.end + 40))));
  const sorted = [...results].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Parsed[] = [];
  for (const r of sorted) {
    const last = kept[kept.length - 1];
    if (last && r.start < last.end) {
      // "جنيف 3 حتى الخامس والعشرين من الشهر": a round named by its city and number keeps the number; a
      // date read from inside it ("3 حتى الخامس والعشرين") is the longer reading but the wrong one.
      const roundNumber = last.kind === 'round' && last.parser === 'round' && r.start > last.start;
      if (!roundNumber && r.end - r.start > last.end - last.start) kept[kept.length - 1] = r;
      continue;
    }
    kept.push(r);
  }
  return kept;
}
