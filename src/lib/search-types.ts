// The kinds of page search finds, each tagged at build time (components/SearchForms.astro) as a Pagefind
// filter `type:<id>`, with the words the search page uses for them.

export type SearchType = 'entry' | 'round' | 'article' | 'actor';

/** In the order the search page offers them: the singular names one result, the plural a choice. */
export const SEARCH_TYPES: readonly { id: SearchType; one: string; many: string }[] = [
  { id: 'entry', one: 'حدث', many: 'الأحداث' },
  { id: 'round', one: 'جولة', many: 'الجولات' },
  { id: 'article', one: 'مقال', many: 'المقالات' },
  { id: 'actor', one: 'فاعل', many: 'الفاعلون' },
];

export function isSearchType(value: string | null | undefined): value is SearchType {
  return SEARCH_TYPES.some((t) => t.id === value);
}
