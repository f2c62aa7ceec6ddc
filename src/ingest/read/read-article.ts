import type { PendingMessage } from '../diagnostics/diagnostic.ts';
import { articleIdFromPath } from './article-id-from-path.ts';
import { articleOverrides, type ArticleOverrides } from './article-overrides.ts';
import type { MappedText } from '../shared/mapped-text.ts';
import { decodeBytes } from './decode-bytes.ts';
import { readHtml } from './html/read-html.ts';
import type { PageMeta } from './html/page-meta.ts';
import { readMarkdown } from './read-markdown.ts';
import { seedFormat } from './seed-format.ts';
import { splitFrontMatter } from './split-front-matter.ts';
import { textAddress } from './text-address.ts';

export interface ReadArticle {
  id: string;
  /** The seed's path as written in `source`, e.g. `seeds/000_x.txt`. */
  source: string;
  /** The decoded file (LF line ends, no BOM): diagnostics are placed against it. */
  text: string;
  /** Where the article body begins in `text` (after any front matter). */
  bodyOffset: number;
  /** Front matter, then what the page's metadata or the Markdown says (`title outlet url`) where the front matter is silent. */
  overrides: ArticleOverrides;
  /** The text to clean when it is not the file itself (a web page's article, Markdown as read), mapped to offsets of `text`. */
  body?: MappedText;
  /** A web page's metadata. */
  page?: PageMeta;
  /** The addresses the seed names as its sources: a Markdown seed's http(s) links in order, a web page's own address. */
  links?: string[];
  /** False when the file cannot be used (messages say why). */
  ok: boolean;
  messages: PendingMessage[];
}

/**
 * Read stage: bytes of one seed → decoded text, front matter overrides, messages. The id is the file
 * name's unless the run gives another (a renamed seed keeps the id its text was published under).
 */
export function readArticle(source: string, bytes: Uint8Array, id = articleIdFromPath(source)): ReadArticle {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { id, source, text: decoded.text, bodyOffset: 0, overrides: {}, ok: false, messages: [decoded.message] };
  const fm = splitFrontMatter(decoded.text);
  const { overrides, messages } = articleOverrides(fm.data, fm.yamlText, fm.yamlOffset);
  const all = [...fm.messages, ...messages];
  const bodyEmpty = decoded.text.slice(fm.bodyOffset).trim() === '';
  if (bodyEmpty && !all.some((m) => m.severity === 'error')) {
    all.push({ offset: fm.bodyOffset, severity: 'error', rule: 'empty-file', reason: 'the article has front matter but no text' });
  }
  const read: ReadArticle = { id, source, text: decoded.text, bodyOffset: fm.bodyOffset, overrides, ok: !all.some((m) => m.severity === 'error'), messages: all };
  return read.ok ? withFormat(read, seedFormat(source)) : read;
}

/** Reads a web page or Markdown as such; their title, outlet and address fill what the front matter leaves out. */
function withFormat(read: ReadArticle, format: ReturnType<typeof seedFormat>): ReadArticle {
  if (format === 'html') {
    const page = readHtml(read.text.slice(read.bodyOffset), read.bodyOffset);
    const { title, outlet, url } = page.meta;
    const overrides = { ...(title ? { title } : {}), ...(outlet ? { outlet } : {}), ...(url ? { url } : {}), ...read.overrides };
    const messages = [...read.messages, ...page.messages];
    if (page.body.text.trim() === '') messages.push({ offset: read.bodyOffset, severity: 'error', rule: 'empty-file', reason: 'no text found in the page' });
    // The article's sources: the address its front matter gives (`npm run add` writes the fetched one there), and the page's own.
    const links = [...new Set([read.overrides.url, url].filter((u): u is string => u !== undefined))];
    return { ...read, body: page.body, page: page.meta, ...(links.length > 0 ? { links } : {}), overrides, messages, ok: !messages.some((m) => m.severity === 'error') };
  }
  if (format === 'markdown') {
    const md = readMarkdown(read.text);
    const url = md.links[0];
    const overrides = { ...(md.title ? { title: md.title } : {}), ...(url ? { url } : {}), ...read.overrides };
    const messages = [...read.messages];
    if (md.body.text.trim() === '') messages.push({ offset: read.bodyOffset, severity: 'error', rule: 'empty-file', reason: 'the Markdown has no text once its markup is read' });
    return { ...read, body: md.body, links: md.links, overrides, messages, ok: !messages.some((m) => m.severity === 'error') };
  }
  // A text saved from the web: its page's address, printed at its head or foot, where the front matter gives none.
  const url = read.overrides.url === undefined ? textAddress(read.text.slice(read.bodyOffset)) : undefined;
  return url ? { ...read, overrides: { ...read.overrides, url }, links: [url] } : read;
}
