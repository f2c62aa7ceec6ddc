import { htmlParsers } from '../parsers.ts';

// Elements that start a paragraph of their own; everything else flows into the paragraph around it.
const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'TD', 'TH', 'DD', 'DT', 'DL', 'FIGURE', 'HR', 'BR', 'HEADER', 'FOOTER', 'ASIDE', 'NAV']);
// A caption and a figure's credit tell another story than the article's (the date engine skips them too).
const SKIPPED = new Set(['FIGCAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'BUTTON', 'FORM', 'svg', 'SVG']);

/** The paragraphs of an HTML fragment, in order: the text of each block, white space on one line. */
export function paragraphsOf(root: Node): string[] {
  const out: string[] = [];
  let buffer = '';
  const flush = () => {
    const p = buffer.replace(/\s+/gu, ' ').trim();
    if (p !== '') out.push(p);
    buffer = '';
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) buffer += child.textContent ?? '';
      else if (child.nodeType === 1) {
        const name = (child as Element).tagName.toUpperCase();
        if (SKIPPED.has(name)) continue;
        if (BLOCKS.has(name)) {
          flush();
          walk(child);
          flush();
        } else walk(child);
      }
    }
  };
  walk(root);
  flush();
  return out;
}

export interface PageBody {
  /** The headline the extractor chose (the page's title, cut of the site's name), if any. */
  title: string | null;
  paragraphs: string[];
  /** False when the extractor found no article: the paragraphs are then the whole page's. */
  extracted: boolean;
}

/**
 * The article's body by Mozilla's Readability (Firefox's reader view), run on its own parse of the page
 * because it rewrites the document it is given. A page it cannot read (too short, no article) gives the
 * whole body's paragraphs, left to the line-level furniture filter that reads plain-text seeds.
 */
export function pageBody(html: string): PageBody {
  const { parseHTML, Readability } = htmlParsers();
  const parsed = new Readability(parseHTML(html).document as unknown as Document, { charThreshold: 200 }).parse();
  if (parsed?.content) {
    const { document: fragment } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    const paragraphs = paragraphsOf((fragment as unknown as Document).body);
    if (paragraphs.length > 0) return { title: parsed.title?.trim() || null, paragraphs, extracted: true };
  }
  const whole = (parseHTML(html).document as unknown as Document).body;
  return { title: null, paragraphs: whole ? paragraphsOf(whole) : [], extracted: false };
}
