// /entries.ics: the rounds and the entries as all-day events. DTSTAMP (required by RFC 5545) says when
// the calendar was generated; the build reads no clock (same content, same bytes), so every event
// carries the content's stamp: the newest date among the articles it was built from.
import type { APIRoute } from 'astro';
import { catalog, TRACK_LABELS } from '../components/catalog.ts';
import { escapeIcs, foldIcsLine } from '../lib/escape-ics.ts';
import { formatDateSpan } from '../lib/format-date-span.ts';
import { contentStamp } from '../lib/content-stamp.ts';

const compact = (iso: string) => iso.replaceAll('-', '');
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function event(stamp: string, uid: string, start: string, end: string, summary: string, description: string, url: string, location?: string): string[] {
  return [
    'BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${compact(stamp)}T000000Z`,
    `DTSTART;VALUE=DATE:${compact(start)}`, `DTEND;VALUE=DATE:${compact(nextDay(end))}`,
    `SUMMARY:${escapeIcs(summary)}`, `DESCRIPTION:${escapeIcs(description)}`, `URL:${url}`,
    ...(location ? [`LOCATION:${escapeIcs(location)}`] : []), 'END:VEVENT',
  ];
}

export const GET: APIRoute = async ({ site }) => {
  const c = await catalog();
  const host = site?.host ?? 'masar';
  const stamp = contentStamp(c.articles.map((a) => a.data.published));
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Masar//Syria talks timeline//AR', 'CALSCALE:GREGORIAN', 'X-WR-CALNAME:مسار'];
  for (const r of c.rounds) {
    const edtf = r.data.start === r.data.end ? r.data.start : `${r.data.start}/${r.data.end}`;
    lines.push(...event(stamp, `round-${r.id}@${host}`, r.data.start, r.data.end, r.data.name_ar,
      `${TRACK_LABELS[r.data.track] ?? r.data.track}: ${formatDateSpan(edtf)}${r.data.confirmed ? '' : ' (تاريخ غير مؤكد)'}`,
      new URL(`/rounds/${r.id}/`, site).href, r.data.city_ar));
  }
  for (const e of c.entries) {
    lines.push(...event(stamp, `entry-${e.id}@${host}`, e.span.start, e.span.end, e.data.title,
      `${formatDateSpan(e.data.date, e.data.dateCertainty)}\n«${e.data.sources[0]?.quote ?? ''}»`,
      new URL(`/entries/${e.id}/`, site).href));
  }
  lines.push('END:VCALENDAR');
  return new Response(`${lines.map(foldIcsLine).join('\r\n')}\r\n`, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
