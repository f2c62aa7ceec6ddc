// Rounds and entries merged into one date-ordered list, grouped by the year they start in.
import type { Catalog, EntryItem, RoundItem } from './catalog.ts';

export type ChronologyRow = { kind: 'round'; start: string; round: RoundItem } | { kind: 'entry'; start: string; entry: EntryItem };

/** Above this many entries `/` links to one page per year instead of listing everything itself. */
export const INLINE_ENTRY_LIMIT = 400;

export function chronologyYears(c: Catalog): Map<string, ChronologyRow[]> {
  const rows: ChronologyRow[] = [
    ...c.rounds.map((round): ChronologyRow => ({ kind: 'round', start: round.data.start, round })),
    ...c.entries.map((entry): ChronologyRow => ({ kind: 'entry', start: entry.span.start, entry })),
  ].sort((a, b) => a.start.localeCompare(b.start) || (a.kind === b.kind ? 0 : a.kind === 'round' ? -1 : 1));
  const years = new Map<string, ChronologyRow[]>();
  for (const row of rows) {
    const y = row.start.slice(0, 4);
    const list = years.get(y);
    if (list) list.push(row);
    else years.set(y, [row]);
  }
  return years;
}
