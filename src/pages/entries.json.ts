// /entries.json: every entry with its dates, sources and permanent URL, for teachers and other tools.
import type { APIRoute } from 'astro';
import { catalog } from '../components/catalog.ts';

export const GET: APIRoute = async ({ site }) => {
  const c = await catalog();
  const entries = c.entries.map((e) => ({
    id: e.id,
    url: new URL(`/entries/${e.id}/`, site).href,
    date: e.data.date,
    dateCertainty: e.data.dateCertainty,
    start: e.span.start,
    end: e.span.end,
    title: e.data.title,
    kind: e.data.kind,
    round: e.data.round ?? null,
    actors: e.data.actors,
    sources: e.data.sources.map((s) => {
      const a = c.articleById.get(s.article);
      return { article: s.article, articleUrl: new URL(`/articles/${s.article}/`, site).href, title: a?.data.title ?? null, outlet: a?.data.outlet ?? null, originalUrl: a?.data.url ?? null, quote: s.quote };
    }),
    datedBy: e.data.datedBy,
  }));
  const rounds = c.rounds.map((r) => ({ ...r.data, url: new URL(`/rounds/${r.id}/`, site).href }));
  return new Response(JSON.stringify({ entries, rounds }, null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
