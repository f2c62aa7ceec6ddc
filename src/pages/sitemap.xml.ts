// /sitemap.xml: every permanent page (redirect pages excluded).
import type { APIRoute } from 'astro';
import { catalog } from '../components/catalog.ts';
import { chronologyYears } from '../components/chronology.ts';

export const GET: APIRoute = async ({ site }) => {
  const c = await catalog();
  const paths = ['/', '/rounds/', '/actors/', '/about/', '/search/',
    ...[...chronologyYears(c).keys()].map((y) => `/years/${y}/`), ...c.rounds.map((r) => `/rounds/${r.id}/`), ...c.entries.map((e) => `/entries/${e.id}/`),
    ...c.articles.map((a) => `/articles/${a.id}/`), ...c.actors.map((a) => `/actors/${a.id}/`)];
  const body = `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths.map((p) => `<url><loc>${new URL(p, site).href}</loc></url>`).join('')}</urlset>\n`;
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
