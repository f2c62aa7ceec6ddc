// /timeline.json: what the timeline island draws (fetched lazily, never blocks the list on /), packed
// (src/lib/timeline-wire.ts) because at thousands of entries the object form is mostly repeated keys.
import type { APIRoute } from 'astro';
import { catalog, KIND_LABELS, TRACK_LABELS } from '../components/catalog.ts';
import { formatDateSpan } from '../lib/format-date-span.ts';
import { dateIsUncertain } from '../components/date-is-uncertain.ts';
import { contextBands } from '../lib/context-bands.ts';
import { CONTEXT_PERIODS } from '../data/context-periods.ts';
import { OTHER_LANE, timelineLanes, type TimelineData, type TimelineEntry } from '../lib/timeline-data.ts';
import { packTimeline } from '../lib/timeline-wire.ts';

export const GET: APIRoute = async () => {
  const c = await catalog();
  const entries: TimelineEntry[] = c.entries.map((e) => {
    const round = e.data.round ? c.roundById.get(e.data.round) : undefined;
    return {
      id: e.id,
      lane: round?.data.track ?? OTHER_LANE,
      kind: e.data.kind,
      title: e.data.title,
      start: e.span.start,
      end: e.span.end,
      uncertain: dateIsUncertain(e.data.dateCertainty, e.span),
      date: formatDateSpan(e.data.date, e.data.dateCertainty),
      ...(round ? { round: round.id } : {}),
      actors: e.data.actors.filter((a) => c.actorById.has(a)),
      sources: [...new Set(e.data.sources.map((s) => s.article))],
    };
  });
  const usedKinds = new Set(entries.map((e) => e.kind));
  const usedActors = new Set(entries.flatMap((e) => e.actors));
  const data: TimelineData = {
    lanes: timelineLanes(TRACK_LABELS, entries),
    bands: contextBands(CONTEXT_PERIODS, c.rounds.map((r) => r.data))
      .map(({ id, kind, lane, label, short, start, end, date }) => ({ id, kind, ...(lane ? { lane } : {}), label, short, start, end, date })),
    kinds: Object.entries(KIND_LABELS).filter(([id]) => usedKinds.has(id)).map(([id, label]) => ({ id, label })),
    actors: c.actors.filter((a) => usedActors.has(a.id)).map((a) => ({ id: a.id, label: a.data.name_ar })),
    rounds: c.rounds.map((r) => ({
      id: r.id,
      lane: r.data.track,
      // The lane already names the track: a number is enough and keeps the lanes low at full zoom.
      label: r.data.number !== null ? String(r.data.number) : r.data.name_ar,
      name: r.data.name_ar,
      start: r.data.start,
      end: r.data.end,
      city: r.data.city_ar,
      confirmed: r.data.confirmed,
      date: formatDateSpan(r.data.start === r.data.end ? r.data.start : `${r.data.start}/${r.data.end}`),
    })),
    entries,
    articles: Object.fromEntries([...new Set(entries.flatMap((e) => e.sources))].map((id) => {
      const a = c.articleById.get(id);
      return [id, { title: a?.data.title ?? id, ...(a?.data.outlet ? { outlet: a.data.outlet } : {}) }];
    })),
  };
  return new Response(JSON.stringify(packTimeline(data)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
