// Context bands (the envoys' terms, the hosts of the Astana-format rounds, the Constitutional
// Committee's life) as vis-timeline background items: drawn behind the rounds, never selected, never
// reached by the arrows (the list under the timeline says the same in words). A band with no lane
// spans every lane; an open-ended one runs to `openEnd`.
import type { TimelineBand } from '../lib/timeline-data.ts';

export interface BandItem {
  id: string; group?: string; start: Date; end: Date; type: 'background'; content: string; className: string; title: string;
  what: 'band'; ref: string; startMs: number; endMs: number;
}

const localDay = (iso: string, plusDays = 0) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + plusDays);
};
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One band as a background item; `index` alternates the shade of neighbouring bands of one kind. */
export function bandItem(b: TimelineBand, index: number, openEnd: Date): BandItem {
  const start = localDay(b.start);
  const end = b.end === null ? openEnd : localDay(b.end, 1);
  return {
    id: `b:${b.id}`, what: 'band', ref: b.id, ...(b.lane ? { group: b.lane } : {}), type: 'background',
    start, end, startMs: start.getTime(), endMs: end.getTime(),
    content: `<bdi>${escapeHtml(b.short)}</bdi>`,
    className: `band band-${b.kind} band-${index % 2 ? 'odd' : 'even'}`,
    title: escapeHtml(`${b.label} · ${b.date}`),
  };
}

/** Every band, with its shade counted within its kind. */
export function bandItems(bands: readonly TimelineBand[], openEnd: Date): BandItem[] {
  const seen = new Map<string, number>();
  return bands.map((b) => {
    const i = seen.get(b.kind) ?? 0;
    seen.set(b.kind, i + 1);
    return bandItem(b, i, openEnd);
  });
}
