// A CMS prints an article-info block beside the story: the author («كتب بواسطة»), the section, the hit
// counter, the day. Readability keeps it when it sits inside the article's own element (Joomla's
// `dl.article-info`, Drupal's `node__meta`, a theme's `entry-meta`), and its short «label: value» lines
// then read as the story's first paragraphs. Its day is evidence the date engine reads from a stamp line,
// so that part alone stays, where it stood.
import { namesOf } from './class-names.ts';

/** A class or id word that names the article's info, meta or byline block, or its author. */
const INFO_WORDS = new Set(['info', 'meta', 'metadata', 'byline', 'author', 'authors', 'submitted', 'createdby', 'writer']);
/** A block named for the story's text itself is never the info beside it («post-meta-content» aside). */
const STORY_WORDS = new Set(['content', 'body', 'text', 'story']);
/** A class or id word that names a date or time part of the block. */
const DATE_WORDS = new Set(['date', 'time', 'published', 'updated', 'modified', 'posted', 'pubdate', 'created']);
/** A «time» that is the reader's, not the article's (Ghost's `byline-reading-time`: «3 دقائق للقراءة»). */
const READING_WORDS = new Set(['reading', 'read']);
/** An info block is a few short lines; more words than this is a wrapper the theme named «meta». */
export const MAX_INFO_WORDS = 40;
/** A paragraph this long is a story's, whatever its wrapper is called. */
export const STORY_PARAGRAPH_WORDS = 15;

/** Words with a letter in them (a date's digits or a bar are not words of a story). */
export const wordCount = (text: string): number => text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;

/** Named as the article's info or byline, or marked as its author by microdata or `rel`. */
export function isInfoMarked(el: Element): boolean {
  if (/(?:^|\s)author(?:\s|$)/u.test(el.getAttribute('itemprop') ?? '') || /(?:^|\s)author(?:\s|$)/u.test(el.getAttribute('rel') ?? '')) return true;
  return namesOf(el).some((words) => words.some((w) => INFO_WORDS.has(w)) && !words.some((w) => STORY_WORDS.has(w)));
}

export function isDatePart(el: Element): boolean {
  if (el.tagName.toUpperCase() === 'TIME' || /(?:^|\s)date\w*/u.test(el.getAttribute('itemprop') ?? '')) return true;
  return namesOf(el).some((words) => words.some((w) => DATE_WORDS.has(w)) && !words.some((w) => READING_WORDS.has(w)));
}

const hasNumber = (el: Element): boolean => /\d/u.test(el.textContent ?? '');
const holdsDatePart = (el: Element): boolean => (isDatePart(el) && hasNumber(el)) || Array.from(el.children).some(holdsDatePart);

/** Removes all of a block but its date parts (those that print a number: «منذ ساعة» or a reading time says no day). */
function keepDateParts(block: Element): void {
  if (isDatePart(block) && hasNumber(block)) return;
  for (const child of Array.from(block.childNodes)) {
    if (child.nodeType === 1 && holdsDatePart(child as Element)) keepDateParts(child as Element);
    else child.remove();
  }
}

/**
 * Reduces every article-info block of a page to its date parts, left where they stand. A marked element
 * inside a paragraph stands for that paragraph (a «بقلم» line), and a block long enough or holding a
 * story paragraph is kept: the mark is then on a wrapper, or on the lead itself. Done before the
 * extractor runs: it rewrites the blocks it keeps (a `div` of phrasing becomes a `p`), names and all.
 */
export function dropArticleInfo(page: Document): void {
  const blocks: Element[] = [];
  for (const el of Array.from(page.body?.querySelectorAll('*') ?? [])) {
    if (!isInfoMarked(el)) continue;
    const block = (el.closest('p') as Element | null) ?? el;
    if (blocks.some((b) => b.contains(block))) continue;
    if (wordCount(block.textContent ?? '') > MAX_INFO_WORDS) continue;
    if (Array.from(block.querySelectorAll('p')).some((p) => wordCount(p.textContent ?? '') >= STORY_PARAGRAPH_WORDS)) continue;
    blocks.push(block);
  }
  for (const block of blocks) {
    if (holdsDatePart(block)) keepDateParts(block);
    else block.remove();
  }
}
