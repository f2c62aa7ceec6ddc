// /entries.ics: the rounds and the entries as all-day events. DTSTAMP (required by RFC 5545) is each
// event's own stamp, never the clock and never the newest article of the whole catalog (which moved
// every event's stamp whenever any article was added): an entry's is the newest publication day of the
// articles it quotes (entry-stamp.ts), a round's the last day of the round.
// An entry whose day is unknown (an interval holding it, or only a month) stays in the calendar, where
// a teacher planning a lesson still wants it, but as STATUS:TENTATIVE, transparent (it blocks no time)
// and with a note saying the day is not known; a round whose dates are unconfirmed likewise.
import type { APIRoute } from 'astro';
import { catalog, TRACK_LABELS } from '../components/catalog.ts';
import { escapeIcs, foldIcsLine } from '../lib/escape-ics.ts';
import { formatDateSpan } from '../lib/format-date-span.ts';
import { entryStamp } from '../components/entry-stamp.ts';
import { dateIsUncertain } from '../components/date-is-uncertain.ts';

const compact = (iso: string) => iso.replaceAll('-', '');
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

interface CalendarEvent {
  uid: string; stamp: string; start: string; end: string; summary: string; description: string; url: string;
  location?: string; tentative: boolean;
}

const UNKNOWN_DAY_NOTE = 'اليوم الدقيق غير معروف: يمتد الحدث في التقويم على الفترة التي يقع فيها.';

function event(e: CalendarEvent): string[] {
  return [
    'BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${compact(e.stamp)}T000000Z`,
    `DTSTART;VALUE=DATE:${compact(e.start)}`, `DTEND;VALUE=DATE:${compact(nextDay(e.end))}`,
    `SUMMARY:${escapeIcs(e.summary)}`, `DESCRIPTION:${escapeIcs(e.description)}`, `URL:${e.url}`,
    ...(e.location ? [`LOCATION:${escapeIcs(e.location)}`] : []),
    ...(e.tentative ? ['STATUS:TENTATIVE', 'TRANSP:TRANSPARENT'] : ['STATUS:CONFIRMED']),
    'END:VEVENT',
  ];
}

export const GET: APIRoute = async ({ site }) => {
  const c = await catalog();
  const host = site?.host ?? 'masar';
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Masar//Syria talks timeline//AR', 'CALSCALE:GREGORIAN', 'X-WR-CALNAME:مسار'];
  for (const r of c.rounds) {
    const edtf = r.data.start === r.data.end ? r.data.start : `${r.data.start}/${r.data.end}`;
    lines.push(...event({
      uid: `round-${r.id}@${host}`, stamp: r.data.end, start: r.data.start, end: r.data.end, summary: r.data.name_ar,
      description: `${TRACK_LABELS[r.data.track] ?? r.data.track}: ${formatDateSpan(edtf)}${r.data.confirmed ? '' : ' (تاريخ غير مؤكد)'}`,
      url: new URL(`/rounds/${r.id}/`, site).href, location: r.data.city_ar, tentative: !r.data.confirmed,
    }));
  }
  for (const e of c.entries) {
    const tentative = dateIsUncertain(e.data.dateCertainty, e.span);
    lines.push(...event({
      uid: `entry-${e.id}@${host}`, stamp: entryStamp(e, c.articleById), start: e.span.start, end: e.span.end, summary: e.data.title,
      description: `${formatDateSpan(e.data.date, e.data.dateCertainty)}${tentative ? `\n${UNKNOWN_DAY_NOTE}` : ''}\n«${e.data.sources[0]?.quote ?? ''}»`,
      url: new URL(`/entries/${e.id}/`, site).href, tentative,
    }));
  }
  lines.push('END:VCALENDAR');
  return new Response(`${lines.map(foldIcsLine).join('\r\n')}\r\n`, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
