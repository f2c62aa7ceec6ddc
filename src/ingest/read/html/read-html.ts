import { joinMapped, shiftMapped } from '../../shared/join-mapped.ts';
import type { MappedText } from '../../shared/mapped-text.ts';
import type { PendingMessage } from '../../diagnostics/diagnostic.ts';
import { htmlParsers } from '../parsers.ts';
import { pageBody } from './page-body.ts';
import { pageMeta, type PageMeta } from './page-meta.ts';
import { placeParagraphs } from './place-paragraphs.ts';
import { visibleText } from './visible-text.ts';

/** Fewer words than a news brief: what is left is a menu or a notice, not an article. */
const MIN_WORDS = 15;

export interface HtmlSeed {
  /** Headline and story paragraphs, a line each, mapped to offsets of the file. */
  body: MappedText;
  meta: PageMeta;
  messages: PendingMessage[];
}

/**
 * A saved web page (`html`, found at `base` in the file) → its headline and article text, mapped back
 * to the page's lines, and its metadata. The headline comes first, as in a plain-text seed, so the date
 * engine reads the lead where it expects it.
 */
export function readHtml(html: string, base: number): HtmlSeed {
  const meta = pageMeta(htmlParsers().parseHTML(html).document as unknown as Document, html);
  const body = pageBody(html);
  const messages: PendingMessage[] = [];
  if (!body.extracted) {
    messages.push({ offset: base, severity: 'warning', rule: 'page-body', reason: 'no article found in the page by the extractor: its whole text is read, site furniture removed line by line' });
  }
  const words = body.paragraphs.join(' ').split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
  if (words < MIN_WORDS) {
    messages.push({ offset: base, severity: 'error', rule: 'no-story', reason: `no article text in the page (${words} words outside its navigation and furniture): save the article's own page, not an index or a login page` });
  }
  const visible = visibleText(html);
  // Without an article found, a headline line would stand for a story that is not there.
  // The extractor's title is the page's `<title>`, which on a hand-made site is only the site's name.
  const headline = body.extracted ? meta.title ?? (body.title !== meta.outlet ? body.title : null) : null;
  const paragraphs = body.paragraphs[0] === headline ? body.paragraphs.slice(1) : body.paragraphs;
  const story = placeParagraphs(paragraphs, visible);
  const title = headline ? placeParagraphs([headline], visible) : { text: '', map: new Int32Array([0]) };
  for (const date of [meta.published, meta.modified]) if (date) date.offset += base;
  return { body: shiftMapped(joinMapped(title, story), base), meta, messages };
}
