// The search page in the browser: Pagefind over the site's index, the query folded as pages are indexed
// (src/lib/search-normalize.ts), names in any spelling run as actor filters (src/lib/search-names.ts), a
// choice of what to find (type filter), 30 results at a time with «more», and under each result an excerpt
// of what the page prints with the match marked (src/lib/search-excerpt.ts). Text goes into the page as
// text nodes only: nothing a page holds is ever parsed as HTML here.
import { searchNormalize } from '../lib/search-normalize.ts';
import { matchNames, type NameTable } from '../lib/search-names.ts';
import { searchExcerpt, type Phrase } from '../lib/search-excerpt.ts';
import { queryPhrases } from '../lib/search-query-phrases.ts';
import { isSearchType, SEARCH_TYPES, type SearchType } from '../lib/search-types.ts';

interface PagefindData { url: string; content: string; meta: Record<string, string>; filters?: Record<string, string[]> }
interface PagefindResult { id: string; data(): Promise<PagefindData> }
type Filters = Record<string, string | { all: string[] } | { any: string[] }> | { all: Filters[] };
interface Pagefind {
  init(): Promise<void>;
  search(q: string | null, options?: { filters?: Filters }): Promise<{ results: PagefindResult[] }>;
}

/** Results shown at first, and added by each press of «more». */
export const PAGE_SIZE = 30;

let loaded: Promise<[Pagefind, NameTable]> | undefined;
const load = () => (loaded ??= Promise.all([
  (async () => {
    const path = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ path)) as Pagefind;
    await pf.init();
    return pf;
  })(),
  // Actors' names in every spelling (src/pages/search/names.json.ts); search still works without them.
  fetch('/search/names.json').then((r) => (r.ok ? r.json() : []), () => []) as Promise<NameTable>,
]));

/** The words of a result's page it prints: Pagefind's text without the hidden forms that end it. */
function visibleWords(d: PagefindData): string[] {
  const words = d.content.split(/\s+/).filter(Boolean);
  const hidden = Number(d.meta.forms ?? 0);
  return Number.isInteger(hidden) && hidden > 0 ? words.slice(0, Math.max(0, words.length - hidden)) : words;
}

function resultItem(d: PagefindData, phrases: readonly Phrase[]): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = d.url;
  a.textContent = (d.meta.title ?? d.url).replace(/ \| مسار$/, '');
  li.append(a);
  const type = SEARCH_TYPES.find((t) => t.id === d.filters?.type?.[0]);
  if (type) {
    const s = document.createElement('span');
    s.className = 'result-type';
    s.textContent = type.one;
    li.append(' ', s);
  }
  if (d.meta.date) {
    const s = document.createElement('span');
    s.className = 'hijri';
    s.textContent = ` (${d.meta.date})`;
    li.append(s);
  }
  const p = document.createElement('p');
  p.className = 'excerpt';
  for (const part of searchExcerpt(visibleWords(d), phrases)) {
    if (!part.mark) { p.append(part.text); continue; }
    const m = document.createElement('mark');
    m.textContent = part.text;
    p.append(m);
  }
  li.append(p);
  return li;
}

export function mountSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('.search-form');
  const input = document.querySelector<HTMLInputElement>('#q');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const more = document.querySelector<HTMLButtonElement>('#search-more');
  if (!form || !input || !status || !list || !more) return;
  const typeInputs = [...form.querySelectorAll<HTMLInputElement>('input[name=type]')];
  const chosenType = (): SearchType | '' => { const v = typeInputs.find((i) => i.checked)?.value; return isSearchType(v) ? v : ''; };

  // One search at a time: a result list from an older query never lands under a newer one.
  let current = { generation: 0, query: '', type: '' as SearchType | '', results: [] as PagefindResult[], phrases: [] as Phrase[], shown: 0 };

  const say = () => {
    const { query, type, results, shown } = current;
    const where = type ? ` في ${SEARCH_TYPES.find((t) => t.id === type)!.many}` : '';
    // A cut list says how much was left out, so the reader knows there is more or can narrow the query.
    status.textContent = results.length === 0 ? `لا نتائج لـ«${query}»${where}.`
      : results.length > shown ? `عرض ${shown} من ${results.length} نتيجة لـ«${query}»${where}.` : `${results.length} نتيجة لـ«${query}»${where}.`;
    more.hidden = shown >= results.length;
  };

  const showMore = async (focus: boolean) => {
    const { generation, results, shown, phrases } = current;
    const data = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
    if (generation !== current.generation) return;
    const items = data.map((d) => resultItem(d, phrases));
    list.append(...items);
    current.shown = shown + items.length;
    say();
    // After «more», the keyboard goes on from the first new result, not back at the top.
    if (focus) items[0]?.querySelector('a')?.focus();
  };

  const run = async (query: string, type: SearchType | '') => {
    const generation = current.generation + 1;
    current = { generation, query, type, results: [], phrases: [], shown: 0 };
    list.replaceChildren();
    more.hidden = true;
    if (searchNormalize(query).length === 0) { status.textContent = ''; return; }
    status.textContent = 'جارٍ البحث…';
    const [pf, names] = await load();
    // A name in any spelling: the words with the name as its actor's file writes it, then the pages
    // tagged with that actor (src/lib/search-names.ts); both within the chosen type.
    const { canonical, actors, rest } = matchNames(query, names);
    const byType: Filters[] = type ? [{ type }] : [];
    const byActor: Filters[] = actors.map((ids) => ({ actor: ids.length === 1 ? ids[0]! : { any: ids } }));
    const runs = [pf.search(canonical, byType.length > 0 ? { filters: byType[0]! } : {})];
    if (byActor.length > 0) {
      const all = [...byActor, ...byType];
      runs.push(pf.search(rest.length > 0 ? rest.join(' ') : null, { filters: all.length === 1 ? all[0]! : { all } }));
    }
    const seen = new Set<string>();
    const results = (await Promise.all(runs)).flatMap((r) => r.results).filter((r) => !seen.has(r.id) && seen.add(r.id));
    if (generation !== current.generation) return;
    current.results = results;
    current.phrases = queryPhrases(query, names);
    await showMore(false);
  };

  const fromUrl = new URLSearchParams(location.search);
  const initialType = fromUrl.get('type');
  for (const i of typeInputs) i.checked = i.value === (isSearchType(initialType) ? initialType : '');
  input.value = fromUrl.get('q') ?? '';
  if (input.value) void run(input.value, chosenType());

  const submit = () => {
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    if (chosenType()) url.searchParams.set('type', chosenType()); else url.searchParams.delete('type');
    history.replaceState(null, '', url);
    void run(input.value, chosenType());
  };
  form.addEventListener('submit', (ev) => { ev.preventDefault(); submit(); });
  for (const i of typeInputs) i.addEventListener('change', submit);
  more.addEventListener('click', () => void showMore(true));
}
