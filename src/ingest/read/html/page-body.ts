import { htmlParsers } from '../parsers.ts';
import { dropArticleInfo, wordCount } from './article-info.ts';
import { namesOf } from './class-names.ts';
import { lonePageDate } from './lone-page-date.ts';
import { dropHiddenModifiedTimes } from './publication-time.ts';

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

// Ad slots: their fallback label («إعلان») or sponsor's text sits between story paragraphs, where no
// line-level furniture filter can tell it from the story. AMP's ad elements, AdSense's, and any element
// whose class or id names an ad slot.
const AD_SLOT = 'amp-ad, amp-embed, amp-sticky-ad, amp-analytics, ins.adsbygoogle';
const AD_NAME = /^(?:ads?|advert\w*|dfp\w*|gpt-ad\w*|sponsored|taboola\w*|outbrain\w*)$|^ad[-_]|[-_]ad$|[-_]ad[-_]|^[\w-]*-ads?-slot$/i;
/** A paragraph that is only an ad's label. */
const AD_LABEL = /^(?:إعلان|اعلان|إعلانات|مساحة إعلانية|advertisement|ad)$/iu;

/** An ad slot holds a label or a teaser; a block with more text is a wrapper a theme marked for its ads («has-ad-slot»). */
const MAX_AD_TEXT = 400;

function dropAdSlots(document: Document): void {
  for (const el of Array.from(document.querySelectorAll(AD_SLOT))) el.remove();
  for (const el of Array.from(document.querySelectorAll('[class], [id]'))) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/u);
    if (names.some((n) => AD_NAME.test(n)) && (el.textContent ?? '').length <= MAX_AD_TEXT) el.remove();
  }
}

// Labels written for screen readers alone (WordPress's, Bootstrap's and Drupal's classes): a sighted
// reader never sees them, and they name the page's controls («زر الذهاب إلى الأعلى»), not the story.
const SCREEN_READER_ONLY = '.screen-reader-text, .sr-only, .visually-hidden, .visuallyhidden, .element-invisible';

function dropScreenReaderLabels(document: Document): void {
  for (const el of Array.from(document.querySelectorAll(SCREEN_READER_ONLY))) el.remove();
}

/** Class words a theme gives the outlet's summary under the headline (Ghost's `article-excerpt`, tagDiv's `td-post-sub-title`). */
const STANDFIRST_WORDS = ['excerpt', 'standfirst', 'subtitle', 'subheadline', 'strapline', 'dek'];
/** A summary is a sentence or two; a longer block so named wraps the story. */
const MAX_STANDFIRST_WORDS = 60;

/**
 * The standfirst a theme marks by its class: the outlet's summary of the story, as the headings above
 * the story are (`dropHeadingsAboveStory`). Its words are read joined («sub-title» is «subtitle»).
 */
function dropStandfirsts(document: Document): void {
  for (const el of Array.from(document.querySelectorAll('[class], [id]'))) {
    const marked = namesOf(el).some((words) => STANDFIRST_WORDS.some((w) => words.includes(w) || words.join('').endsWith(w)));
    if (marked && wordCount(el.textContent ?? '') <= MAX_STANDFIRST_WORDS) el.remove();
  }
}

/**
 * Headings the extractor kept above the story's first paragraph: the headline again, a kicker, the
 * standfirst. The reader puts the page's own headline first; a longer standfirst left there would be
 * taken for the title, and is the outlet's summary, not the story.
 */
function dropHeadingsAboveStory(fragment: Document): void {
  const blocks = Array.from(fragment.querySelectorAll('h1, h2, h3, h4, h5, h6, p'));
  const first = blocks.findIndex((el) => el.tagName.toUpperCase() === 'P' && /\p{L}/u.test(el.textContent ?? ''));
  if (first > 0) for (const el of blocks.slice(0, first)) el.remove();
}

export interface PageBody {
  /** The headline the extractor chose (the page's title, cut of the site's name), if any. */
  title: string | null;
  paragraphs: string[];
  /** False when the extractor found no article: the paragraphs are then the whole page's. */
  extracted: boolean;
}

/** A paragraph of this many words is the story's, not a headline or a label. */
const STORY_WORDS = 20;

/**
 * The article's body by Mozilla's Readability (Firefox's reader view), run on its own parse of the page
 * because it rewrites the document it is given. A page it cannot read (too short, no article) gives the
 * whole body's paragraphs, left to the line-level furniture filter that reads plain-text seeds.
 */
export function pageBody(html: string): PageBody {
  const { parseHTML, Readability } = htmlParsers();
  const page = parseHTML(html).document as unknown as Document;
  dropAdSlots(page);
  dropHiddenModifiedTimes(page);
  dropArticleInfo(page);
  dropScreenReaderLabels(page);
  dropStandfirsts(page);
  const stamp = lonePageDate(page);
  const parsed = new Readability(page, { charThreshold: 200 }).parse();
  if (parsed?.content) {
    const fragment = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document as unknown as Document;
    dropHeadingsAboveStory(fragment);
    const paragraphs = paragraphsOf(fragment.body).filter((p) => !AD_LABEL.test(p));
    // The page's stamp left outside the extracted block goes under the headline, where a stamp line is
    // read: under the first line when it is the title or as short as one, else at the story's foot. Above
    // everything a date may be the day the page was shown, and the date engine reads it so.
    const underFirst = paragraphs[0] !== undefined && (paragraphs[0] === parsed.title?.trim() || wordCount(paragraphs[0]) < STORY_WORDS);
    if (stamp && !paragraphs.some((p) => p.includes(stamp))) paragraphs.splice(underFirst ? 1 : paragraphs.length, 0, stamp);
    if (paragraphs.length > 0) return { title: parsed.title?.trim() || null, paragraphs, extracted: true };
  }
  const whole = (parseHTML(html).document as unknown as Document).body;
  return { title: null, paragraphs: whole ? paragraphsOf(whole) : [], extracted: false };
}
