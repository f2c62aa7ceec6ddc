import { isUrl } from '../article-overrides.ts';
import { cleanFieldText } from '../../shared/clean-field-text.ts';
import { pageAddress } from './page-address.ts';
import { publicationTime } from './publication-time.ts';
import { dayOfValue, type PageDate } from './page-date.ts';
import { siteName } from './site-name.ts';

/** What a page says about itself in its metadata; absent where it says nothing usable. */
export interface PageMeta {
  title?: string;
  outlet?: string;
  /** The page's own address (`rel=canonical`, `og:url`, JSON-LD), http(s) only. */
  url?: string;
  author?: string;
  published?: PageDate;
  modified?: PageDate;
}

type Json = Record<string, unknown>;
const ARTICLE_TYPES = /Article|BlogPosting|Report|WebPage/;

/** Every object in the page's JSON-LD blocks (arrays and `@graph` flattened); a block that is not JSON is skipped. */
function jsonLdNodes(document: Document): Json[] {
  const nodes: Json[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === 'object') {
      nodes.push(v as Json);
      if ('@graph' in v) visit((v as Json)['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken block is common on real pages and says nothing; the other sources still count.
    }
  }
  return nodes;
}

const typeOf = (n: Json): string => [n['@type']].flat().map(String).join(' ');
const isArticle = (n: Json): boolean => ARTICLE_TYPES.test(typeOf(n)) && !/^WebSite$/.test(typeOf(n));

/** An address without its fragment and trailing slash: Yoast names its Article node `<page>#article`. */
const bareAddress = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v.replace(/#.*$/u, '').replace(/\/+$/u, '') : undefined);

/** The addresses a JSON-LD node says it stands for: its id, url, and the page it is the main entity of. */
function nodeAddresses(n: Json): string[] {
  const ref = (v: unknown): unknown => (v !== null && typeof v === 'object' ? (v as Json)['@id'] ?? (v as Json).url : v);
  return [n['@id'], n.url, ref(n.mainEntityOfPage)].map(bareAddress).filter((a): a is string => a !== undefined);
}

/**
 * The page's own article node. A page can carry several (a news ticker's or a related-stories widget's,
 * before the page's own): the one naming the page's address wins, then an Article before the WebPage
 * around it, then the first node.
 */
function pageArticle(nodes: Json[], pageAddresses: Array<string | undefined>): Json {
  const own = new Set(pageAddresses.map(bareAddress).filter((a): a is string => a !== undefined));
  const articles = nodes.filter(isArticle);
  const named = articles.filter((n) => nodeAddresses(n).some((a) => own.has(a)));
  const notPage = (n: Json) => !/^WebPage$/.test(typeOf(n));
  return named.find(notPage) ?? named[0] ?? articles.find(notPage) ?? articles[0] ?? nodes[0] ?? {};
}
const nameOf = (v: unknown): string | undefined => {
  const first = Array.isArray(v) ? v[0] : v;
  if (typeof first === 'string') return first;
  if (first !== null && typeof first === 'object' && typeof (first as Json).name === 'string') return (first as Json).name as string;
  return undefined;
};

/** The page's metadata, first source that gives a usable value winning, in the order each list gives. */
export function pageMeta(document: Document, html: string): PageMeta {
  const attr = (selector: string, name = 'content'): string | undefined => document.querySelector(selector)?.getAttribute(name)?.trim() || undefined;
  // Microdata puts its value in `content` (meta), `datetime` (time), `title` (Blogger's abbr) or the text.
  const itemprop = (name: string): string | undefined => {
    const el = document.querySelector(`[itemprop~="${name}"]`);
    return el ? (['content', 'datetime', 'title'].map((a) => el.getAttribute(a)?.trim()).find(Boolean) ?? el.textContent?.trim()) || undefined : undefined;
  };
  const ld = jsonLdNodes(document);
  const article = pageArticle(ld, [attr('link[rel="canonical"]', 'href'), attr('meta[property="og:url"]')]);
  const ldText = (key: string): string | undefined => {
    const v = article[key];
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
  };
  const text = (v: string | undefined): string | undefined => {
    const c = v === undefined ? '' : cleanFieldText(v).text;
    return c === '' ? undefined : c;
  };
  const date = (candidates: Array<[string | undefined | null, string]>): PageDate | undefined => {
    for (const [value, field] of candidates) {
      const day = value ? dayOfValue(value) : null;
      if (value && day) return { day, field, offset: Math.max(0, html.indexOf(value)) };
    }
    return undefined;
  };
  const mainOf = article.mainEntityOfPage;
  const mainUrl = typeof mainOf === 'string' ? mainOf : mainOf !== null && typeof mainOf === 'object' ? (mainOf as Json)['@id'] : undefined;
  const publisher = article.publisher;
  const urls = [attr('link[rel="canonical"]', 'href'), attr('meta[property="og:url"]'), ldText('url'), typeof mainUrl === 'string' ? mainUrl : undefined, attr('meta[name="parsely-link"]')];
  const articleAuthor = attr('meta[property="article:author"]');
  const headline = attr('meta[property="og:title"]') ?? ldText('headline') ?? attr('meta[name="twitter:title"]') ?? itemprop('headline') ?? attr('meta[name="DC.title"]') ?? attr('meta[name="parsely-title"]');
  const url = pageAddress(document, html, urls.map((u) => (u ? cleanFieldText(u).text : undefined)));
  const meta: PageMeta = {
    title: text(headline ?? document.querySelector('h1')?.textContent ?? document.querySelector('title')?.textContent ?? undefined),
    outlet: text(attr('meta[property="og:site_name"]') ?? nameOf(publisher) ?? attr('meta[name="application-name"]') ?? attr('meta[name="DC.publisher"]') ?? siteName(document, headline ?? document.querySelector('h1')?.textContent ?? undefined)),
    url,
    author: text(attr('meta[name="author"]') ?? nameOf(article.author) ?? (articleAuthor && !isUrl(articleAuthor) ? articleAuthor : undefined)),
    // The metadata an outlet's CMS writes comes first; a `<time>` is only the article's when marked so or in its byline.
    published: date([
      [attr('meta[property="article:published_time"]'), 'article:published_time'],
      [ldText('datePublished'), 'JSON-LD datePublished'],
      [itemprop('datePublished'), 'itemprop datePublished'],
      [attr('meta[name="pubdate"]') ?? attr('meta[name="publishdate"]') ?? attr('meta[name="publish-date"]') ?? attr('meta[name="DC.date.issued"]') ?? attr('meta[name="date"]'), 'meta date'],
      // Analytics tags (Parse.ly, Sailthru) that some outlets' CMSs write instead of Open Graph.
      [attr('meta[name="parsely-pub-date"]') ?? attr('meta[name="sailthru.date"]'), 'meta parsely-pub-date'],
      [attr('time[pubdate]', 'datetime') ?? publicationTime(document), '<time datetime>'],
    ]),
    modified: date([
      [attr('meta[property="article:modified_time"]'), 'article:modified_time'],
      [ldText('dateModified'), 'JSON-LD dateModified'],
      [attr('meta[property="og:updated_time"]'), 'og:updated_time'],
    ]),
  };
  // «العنوان - الموقع»: the outlet's name after the headline is the site's, not the article's.
  if (meta.title && meta.outlet && meta.title.endsWith(meta.outlet)) {
    const bare = meta.title.slice(0, -meta.outlet.length).replace(/\s*[-–—|:·»]\s*$/u, '');
    if (bare !== meta.title.slice(0, -meta.outlet.length) && bare.trim() !== '') meta.title = bare.trim();
  }
  // A `<title>` that is only the site's name says nothing of the article: the text's own headline line will.
  if (meta.title && meta.title === meta.outlet && !headline) delete meta.title;
  for (const key of Object.keys(meta) as (keyof PageMeta)[]) if (meta[key] === undefined) delete meta[key];
  return meta;
}
