// The actors' names as query terms, loaded by the search page with Pagefind (src/lib/search-names.ts).
import { actorNameTable } from '../../components/search-names.ts';

export async function GET(): Promise<Response> {
  return new Response(JSON.stringify(await actorNameTable()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
