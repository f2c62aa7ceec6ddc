// A theme may print the article's date beside the story, outside the block the extractor keeps (a
// `div.date` next to `div.text`, with no `<article>` around them): the page's text then has no stamp,
// though the page shows one. The date part of the page's own content, found before the extractor runs,
// is that stamp when it is the only one; the site header's day, sidebars' and teasers' dates are not.
import { isDatePart, wordCount } from './article-info.ts';
import { namesOf } from './class-names.ts';
import { dayOfValue } from './page-date.ts';
import { MAX_STAMP_WORDS, OTHER_STORIES_WORDS, inBoxOfItsOwn, inStorySentence } from './publication-time.ts';

/** Parts of a page around its content: a date inside them is the site's or another story's. */
const AROUND_TAGS = new Set(['HEADER', 'NAV', 'FOOTER', 'ASIDE']);
const AROUND_WORDS = new Set(['header', 'nav', 'menu', 'footer', 'breadcrumb', 'breadcrumbs', ...OTHER_STORIES_WORDS]);
/** A year in the text (Latin or Arabic-Indic digits): a part that shows only a day and month, or an
 *  age, is left to its `datetime`. */
const YEAR = /(?:^|\D)(?:19|20)\d\d(?:\D|$)|[١٢][٠٩٨][٠-٩][٠-٩]/u;

function isAround(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (AROUND_TAGS.has(e.tagName.toUpperCase())) return true;
    if (namesOf(e).some((words) => words.some((w) => AROUND_WORDS.has(w)))) return true;
  }
  return false;
}

/** The text of the one date part of the page's content (its `datetime` day when it shows no year), or
 *  null when there is none or several differ. */
export function lonePageDate(page: Document): string | null {
  const texts: { text: string; told: boolean }[] = [];
  for (const el of Array.from(page.body?.querySelectorAll('*') ?? [])) {
    if (!isDatePart(el) || isAround(el)) continue;
    // A day the story tells of, in its sentences or in a fact box beside it, is not the page's stamp,
    // though it still makes a stamp elsewhere on the page one of several dates.
    const told = inStorySentence(el) || inBoxOfItsOwn(el);
    const text = (el.textContent ?? '').replace(/\s+/gu, ' ').trim();
    // «منذ 7 سنوات» shown, the day in the machine's attribute: that day, as a stamp line reads it.
    const shown = YEAR.test(text) && wordCount(text) <= MAX_STAMP_WORDS ? text : dayOfValue(el.getAttribute('datetime') ?? '');
    if (shown) texts.push({ text: shown, told });
  }
  // A date part inside another («<span class="date"><time>…</time></span>») is the same date.
  const outer = texts.filter((t) => !texts.some((u) => u.text !== t.text && u.text.includes(t.text)));
  const distinct = new Set(outer.map((t) => t.text));
  return distinct.size === 1 && outer.some((t) => !t.told) ? [...distinct][0]! : null;
}
