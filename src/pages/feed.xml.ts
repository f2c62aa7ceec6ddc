// /feed.xml: an Atom feed of the 50 entries most recently added or changed. An entry's `updated` is its
// own stamp (entry-stamp.ts: the newest publication day of the articles it quotes), not the day of the
// event, so an entry about 2017 drawn from an article published today comes first, as new.
import type { APIRoute } from 'astro';
import { catalog } from '../components/catalog.ts';
import { entryStamp } from '../components/entry-stamp.ts';
import { formatDateSpan } from '../lib/format-date-span.ts';

const xml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

export const GET: APIRoute = async ({ site }) => {
  const c = await catalog();
  const stamped = c.entries.map((e) => ({ e, stamp: entryStamp(e, c.articleById) }));
  const newest = stamped.sort((a, b) => b.stamp.localeCompare(a.stamp) || b.e.span.end.localeCompare(a.e.span.end) || a.e.id.localeCompare(b.e.id)).slice(0, 50);
  const home = new URL('/', site).href;
  const updated = `${newest[0]?.stamp ?? c.rounds.at(-1)?.data.end ?? '2012-06-30'}T00:00:00Z`;
  const items = newest.map(({ e, stamp }) => {
    const url = new URL(`/entries/${e.id}/`, site).href;
    return `<entry><id>${xml(url)}</id><title>${xml(e.data.title)}</title><link href="${xml(url)}"/><updated>${stamp}T00:00:00Z</updated>`
      + `<summary>${xml(`${formatDateSpan(e.data.date, e.data.dateCertainty)}: ${e.data.sources[0]?.quote ?? ''}`)}</summary></entry>`;
  });
  const body = `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar"><id>${xml(home)}</id><title>مسار: أحدث الأحداث</title>`
    + `<link href="${xml(home)}"/><link rel="self" href="${xml(new URL('/feed.xml', site).href)}"/><updated>${updated}</updated><author><name>مسار</name></author>${items.join('')}</feed>\n`;
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
