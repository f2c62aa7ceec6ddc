// /entries.csv: one row per entry (UTF-8 with a BOM so spreadsheets read the Arabic right).
import type { APIRoute } from 'astro';
import { catalog } from '../components/catalog.ts';
import { escapeCsv } from '../lib/escape-csv.ts';
import { formatDateSpan } from '../lib/format-date-span.ts';

export const GET: APIRoute = async ({ site }) => {
  const c = await catalog();
  const header = ['id', 'date', 'start', 'end', 'certainty', 'date_ar', 'title', 'kind', 'round', 'actors', 'outlets', 'quote', 'url'];
  const rows = c.entries.map((e) => [
    e.id, e.data.date, e.span.start, e.span.end, e.data.dateCertainty, formatDateSpan(e.data.date, e.data.dateCertainty), e.data.title, e.data.kind,
    e.data.round ?? '', e.data.actors.join(' '),
    [...new Set(e.data.sources.map((s) => c.articleById.get(s.article)?.data.outlet).filter(Boolean))].join('؛ '),
    e.data.sources[0]?.quote ?? '', new URL(`/entries/${e.id}/`, site).href,
  ]);
  const body = `\uFEFF${[header, ...rows].map((r) => r.map(escapeCsv).join(',')).join('\r\n')}\r\n`;
  return new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
