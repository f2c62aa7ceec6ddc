// Where retired entry ids lead, for the timeline's ?entry= links (src/pages/index.astro): old id → the
// entry it became, and the ids of withdrawn articles' entries, whose notice pages are all that is left.
import { catalog } from '../components/catalog.ts';
import { resolveRedirects } from '../lib/resolve-redirects.ts';

export async function GET(): Promise<Response> {
  const c = await catalog();
  const withdrawn = Object.values(c.lock.withdrawn).flatMap((w) => w.entries).filter((id) => !c.entryById.has(id)).sort();
  // An entry the editor removed still has its page (a notice): a redirect may end there.
  const served = new Set([...withdrawn, ...c.removed.map((r) => r.id)]);
  const redirects = resolveRedirects(c.lock.redirects, (id) => c.entryById.has(id) || served.has(id));
  return new Response(JSON.stringify({ redirects, withdrawn }), { headers: { 'Content-Type': 'application/json' } });
}
