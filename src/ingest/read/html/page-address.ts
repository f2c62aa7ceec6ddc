import { isUrl } from '../article-overrides.ts';

// Where a page states its own address, best first. A browser's «Save page as» keeps the address it was
// saved from in a comment at the top (`<!-- saved from url=(0061)https://… -->`); Joomla and some hand-made
// sites write it in `<base href>`.
const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i;

/** An address that is only a site's home page: a CMS that sets every page's canonical link to it is wrong about the article. */
function isHomePage(url: string): boolean {
  const u = new URL(url);
  return /^\/?(?:[a-z]{2}\/?)?$/i.test(u.pathname) && u.search === '';
}

/** The first of `candidates`, then of the saved-from comment and `<base href>`, that is an http(s) address other than a home page. */
export function pageAddress(document: Document, html: string, candidates: ReadonlyArray<string | undefined>): string | undefined {
  const saved = SAVED_FROM.exec(html.slice(0, 4096))?.[1];
  const base = document.querySelector('base[href]')?.getAttribute('href') ?? undefined;
  return [...candidates, saved, base].map((u) => u?.trim()).find((u): u is string => !!u && isUrl(u) && !isHomePage(u));
}
