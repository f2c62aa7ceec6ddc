// The context bands the timeline draws behind the rounds and the list on / spells out: the UN envoys'
// terms and the Constitutional Committee's life (curated, src/data/context-periods.ts), and the cities
// that hosted the Astana-format rounds (src/lib/host-periods.ts). Display text is made here, once, so
// the timeline island carries no date formatting of its own.
import type { CuratedPeriod, PeriodSource } from '../data/context-periods.ts';
import { hostPeriods, type HostRound } from './host-periods.ts';
import { formatDateSpan } from './format-date-span.ts';
import { formatArabicDate } from './format-arabic-date.ts';

export interface ContextBand {
  id: string;
  kind: 'envoy' | 'host' | 'committee';
  /** The lane it is drawn in; none for the envoys, whose terms frame every lane. */
  lane?: string;
  label: string;
  /** The label on the timeline. */
  short: string;
  start: string;
  /** The last day, or null when the period has no known end (drawn to the timeline's end). */
  end: string | null;
  /** «23 شباط 2012 – 31 آب 2012», or «منذ 7 كانون الثاني 2019». */
  date: string;
  note: string;
  sources: PeriodSource[];
  /** For a host period: the rounds held there. */
  rounds?: string[];
}

const roundNumbers = (rounds: HostRound[]) => {
  const n = rounds.map((r) => r.number).filter((x): x is number => x !== null);
  if (n.length === 0) return '';
  return n.length === 1 ? `الجولة ${n[0]}` : `الجولات ${n[0]}–${n.at(-1)}`;
};

function dateText(start: string, end: string | null): string {
  return end === null ? `منذ ${formatArabicDate(start)}` : formatDateSpan(start === end ? start : `${start}/${end}`);
}

/** Every band, envoys first, then hosts, then the committee; each group in date order. */
export function contextBands(curated: readonly CuratedPeriod[], rounds: readonly HostRound[]): ContextBand[] {
  const fromCurated = (kind: CuratedPeriod['kind']) => curated.filter((p) => p.kind === kind)
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((p): ContextBand => ({
      id: p.id, kind: p.kind, ...(p.kind === 'committee' ? { lane: 'constitutional-committee' } : {}),
      label: p.label_ar, short: p.short_ar, start: p.start, end: p.end, date: dateText(p.start, p.end), note: p.note_ar,
      // A source for both days is listed once.
      sources: [...p.startSources, ...p.endSources].filter((s, i, all) => all.findIndex((o) => o.url === s.url) === i),
    }));
  const hosts = hostPeriods(rounds).map((h): ContextBand => ({
    id: `host-${h.rounds[0]!.id}`, kind: 'host', lane: 'astana',
    label: `المضيف: ${h.city_ar}`, short: h.city_ar, start: h.start, end: h.end, date: dateText(h.start, h.end),
    note: `${roundNumbers(h.rounds)} من مسار أستانا عُقدت في ${h.city_ar}.`, sources: [], rounds: h.rounds.map((r) => r.id),
  }));
  return [...fromCurated('envoy'), ...hosts, ...fromCurated('committee')];
}
