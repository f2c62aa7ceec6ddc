// Where the Astana-format rounds were held, as periods: consecutive rounds in one city make one period,
// from the first one's opening to the last one's close. Read from the rounds catalog (each round's
// dates and city have their own sources there), so a new round extends or opens a period by itself.
// Astana and Nur-Sultan are one city under two names; the catalog names each round's city as it was
// called then, and so do the periods.

export interface HostRound { id: string; track: string; number: number | null; start: string; end: string; city_ar: string }

export interface HostPeriod { city_ar: string; start: string; end: string; rounds: HostRound[] }

/** The host periods of the rounds of `track`, in date order. */
export function hostPeriods(rounds: readonly HostRound[], track = 'astana'): HostPeriod[] {
  const ordered = rounds.filter((r) => r.track === track).sort((a, b) => a.start.localeCompare(b.start));
  const periods: HostPeriod[] = [];
  for (const r of ordered) {
    const last = periods.at(-1);
    if (last && last.city_ar === r.city_ar) {
      last.rounds.push(r);
      if (r.end > last.end) last.end = r.end;
    } else periods.push({ city_ar: r.city_ar, start: r.start, end: r.end, rounds: [r] });
  }
  return periods;
}
