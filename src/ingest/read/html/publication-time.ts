// A page with no publication day in its metadata may still mark one on a `<time>` in its article. Not
// every `<time>` there is that day: themes print the modified time beside the published one (WordPress's
// `<time class="updated">` after or before `<time class="entry-date published">`), and a story or its
// fact box marks the days it tells of («ستعقد في <time>تشرين الأول المقبل</time>»). Only a `<time>`
// marked as the publication, or one standing in the byline above the story, is the page's day.
import { isInfoMarked, MAX_INFO_WORDS, STORY_PARAGRAPH_WORDS, wordCount } from './article-info.ts';
import { namesOf } from './class-names.ts';

/** Class and id words of a byline or the article's head, where a theme prints the day it posted. */
const BYLINE_WORDS = new Set(['date', 'time', 'published', 'posted', 'pubdate', 'created', 'dateline', 'header', 'head', 'heading', 'title', 'top']);
const BYLINE_TAGS = new Set(['HEADER', 'ADDRESS']);
/** Words that mark a time as the last change, not the posting (hAtom's `updated`, Bayleaf's `modified-entry-date`). */
const MODIFIED_WORDS = new Set(['updated', 'update', 'modified', 'edited']);

/** A class token that names the publication: `published`, microformats' `dt-published`, WordPress's
 *  `entry-date` (which tagDiv pairs with hAtom's `updated` on the same, published, time). */
const namesPublished = (words: string[]): boolean => words.includes('published') || words.includes('pubdate') || words.join('-') === 'entry-date';
const namesModified = (words: string[]): boolean => words.some((w) => MODIFIED_WORDS.has(w));
/** Class and id words of blocks that list other stories or the readers' words: their dates are theirs. */
export const OTHER_STORIES_WORDS = ['related', 'comment', 'comments', 'popular', 'trending', 'most', 'widget', 'sidebar', 'ticker'];
/** Inside an article, a «more» block is another such list too. */
const OTHERS_WORDS = new Set([...OTHER_STORIES_WORDS, 'more']);

function amongOthers(el: Element, article: Element): boolean {
  for (let e = el.parentElement; e && e !== article; e = e.parentElement) {
    if (e.tagName.toUpperCase() === 'ASIDE' || namesOf(e).some((words) => words.some((w) => OTHERS_WORDS.has(w)))) return true;
  }
  return false;
}

function publishedMark(el: Element): 'published' | 'modified' | null {
  const itemprop = el.getAttribute('itemprop') ?? '';
  const names = namesOf(el);
  if (/(?:^|\s)date(?:Published|Created)(?:\s|$)/u.test(itemprop) || names.some(namesPublished)) return 'published';
  if (/(?:^|\s)dateModified(?:\s|$)/u.test(itemprop) || names.some(namesModified)) return 'modified';
  return null;
}

/** A stamp is a date and a label or a time at most; a longer paragraph is a sentence. */
export const MAX_STAMP_WORDS = 8;

/** A date inside a sentence of the story («ستعقد في <time>…</time> في نور سلطان») is a day the story
 *  tells, not the page's. */
export function inStorySentence(el: Element): boolean {
  const p = el.closest('p');
  return p !== null && wordCount(p.textContent ?? '') > MAX_STAMP_WORDS;
}

/** Words of a class that names a box set beside the story: a fact box, a timeline, a card. A layout's
 *  names («d-flex justify-content-between»، «share-bar») are not: a byline sits in those as often. */
const BOX_WORDS = new Set(['box', 'fact', 'facts', 'factbox', 'infobox', 'timeline', 'card', 'callout', 'highlight', 'highlights', 'summary', 'panel', 'aside']);

/**
 * In a box of its own (a fact box, a timeline): the nearest named block around the date, below `root`,
 * is short, names a box and names neither a byline, a date nor the article's head. A long named block
 * is a wrapper around the story, and the date sits beside it; an unnamed path is plain markup.
 */
export function inBoxOfItsOwn(el: Element, root: Element | null = null): boolean {
  for (let e = el.parentElement; e && e !== root; e = e.parentElement) {
    if (BYLINE_TAGS.has(e.tagName.toUpperCase()) || isInfoMarked(e)) return false;
    const names = namesOf(e);
    if (names.length === 0) continue;
    if (names.some((words) => words.some((w) => BYLINE_WORDS.has(w)))) return false;
    return names.some((words) => words.some((w) => BOX_WORDS.has(w))) && wordCount(e.textContent ?? '') <= MAX_INFO_WORDS;
  }
  return false;
}

/** The `datetime` of the `<time>` that marks an article's publication, or undefined. */
export function publicationTime(document: Document): string | undefined {
  for (const article of Array.from(document.querySelectorAll('article'))) {
    const times = Array.from(article.querySelectorAll('time[datetime]')).filter((t) => !amongOthers(t, article));
    const marked = times.find((t) => publishedMark(t) === 'published');
    if (marked) return marked.getAttribute('datetime')?.trim() || undefined;
    // Unmarked, a time counts only above the story: below its first paragraph it is one the story tells.
    const order = Array.from(article.querySelectorAll('*'));
    const lead = order.findIndex((e) => e.tagName.toUpperCase() === 'P' && wordCount(e.textContent ?? '') >= STORY_PARAGRAPH_WORDS);
    const above = (t: Element) => lead < 0 || order.indexOf(t) < lead;
    const byline = times.find((t) => publishedMark(t) === null && above(t) && !inStorySentence(t) && !inBoxOfItsOwn(t, article));
    if (byline) return byline.getAttribute('datetime')?.trim() || undefined;
  }
  return undefined;
}

/**
 * Removes a modified time printed beside the published one (`<time class="updated">` next to
 * `<time class="entry-date published">`): the themes that print both hide it (Underscores' and
 * WordPress's default themes: `.updated:not(.published) { display: none }`), so a reader sees one date,
 * and glued to the published one its text reads as a second, later day («2 مايو 20214 يوليو 2017»).
 */
export function dropHiddenModifiedTimes(page: Document): void {
  for (const time of Array.from(page.querySelectorAll('time'))) {
    const beside = Array.from(time.parentElement?.children ?? []).filter((e) => e !== time && e.tagName.toUpperCase() === 'TIME');
    if (publishedMark(time) === 'modified' && beside.some((e) => publishedMark(e) === 'published')) time.remove();
  }
}
