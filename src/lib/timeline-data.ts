// The data the timeline island reads (/timeline.json): lanes, rounds as ranges, entries as points or
// ranges, with their display text prepared at build time so the client carries no date formatting
// beyond the axis. Days are inclusive YYYY-MM-DD strings; the client turns them into local dates.

export interface TimelineLane { id: string; label: string }
export interface TimelineRound {
  id: string; lane: string; label: string; name: string; start: string; end: string;
  city: string; confirmed: boolean; date: string;
}
export interface TimelineEntry {
  id: string; lane: string; kind: string; title: string; start: string; end: string;
  /** true when the day is unknown inside [start, end]. */
  uncertain: boolean; date: string; round?: string; actors: string[];
  /** Article ids; their titles and outlets are in TimelineData.articles (said once, not per entry). */
  sources: string[];
}
/** A context band drawn behind the items (src/lib/context-bands.ts): no lane spans every lane; `end`
 *  null runs to the end of the timeline. */
export interface TimelineBand { id: string; kind: string; lane?: string; label: string; short: string; start: string; end: string | null; date: string }
export interface TimelineData {
  lanes: TimelineLane[];
  bands: TimelineBand[];
  kinds: { id: string; label: string }[];
  actors: { id: string; label: string }[];
  rounds: TimelineRound[];
  entries: TimelineEntry[];
  articles: Record<string, { title: string; outlet?: string }>;
}

export const OTHER_LANE = 'other';

/** Lanes in the order given, plus a lane for entries tied to no round, only when it is needed. */
export function timelineLanes(trackLabels: Record<string, string>, entries: { lane: string }[]): TimelineLane[] {
  const lanes = Object.entries(trackLabels).map(([id, label]) => ({ id, label }));
  if (entries.some((e) => e.lane === OTHER_LANE)) lanes.push({ id: OTHER_LANE, label: 'أحداث أخرى' });
  return lanes;
}
