// Shape signals of page furniture that hold across sites: what a line looks like, not which words it
// repeats. Each is weighed on a short line only; a long line ending like a sentence is story.
import { MONTH_NAMES, HIJRI_MONTH_NAMES, LATIN_MONTH_NAMES, LATIN_WEEKDAY_NAMES, WEEKDAY_NAMES } from '../../lib/lexicon/calendar.ts';
import { ACTION_WORDS } from '../../lib/lexicon/action-words.ts';
import { foldFast } from '../shared/fold-fast.ts';
import { foldLine } from '../shared/fold-line.ts';
import { hasPhrase, startsWithPhrase } from './has-phrase.ts';
import { CLOCK_TIME } from '../../lib/clock-time.ts';
import { alternation } from '../../lib/alternation.ts';
import { DEGREES, TEMPERATURE } from '../../lib/temperature.ts';
import { BYLINE_LABELS, BYLINE_VERBS } from '../../lib/lexicon/stamp-words.ts';
import { CALL_TO_ACTION_WORDS, CLOCK_WORDS, NOT_YOUR_WORDS, READER_IMPERATIVES, SECTION_MARKERS, SHOWN_DAY_WORDS, STAMP_WORDS, TEASER_HEADS, YOUR_PREPOSITIONS } from '../../lib/lexicon/furniture.ts';

// Separators of breadcrumbs and menus, standing alone between segments («الرئيسية » سياسة » سوريا»).
// Dashes are left out: they also open datelines («دمشق - سانا») and join dates.
const SEPARATOR = /\s+[»«›‹>|/·•←→]\s+|[|·•]/u;

/** Short segments between separators: a breadcrumb or a menu, not a headline with its site's name. */
export function isSeparated(line: string): boolean {
  // Most lines hold no separator, so one segment: no breadcrumb, and no pattern built and split by.
  if (!SEPARATOR.test(line)) return false;
  const segments = line.split(new RegExp(SEPARATOR.source, 'gu')).map(foldLine).filter((s) => s !== '');
  if (segments.length < 2) return false;
  const words = segments.map((s) => s.split(' ').length);
  const total = words.reduce((a, b) => a + b, 0);
  if (segments.length === 2) return words.every((w) => w <= 2) && total <= 4;
  return words.every((w) => w <= 3) && total <= 15;
}

const ITEM_SEPARATOR = /[،,؛;|•·]|\s[-–—/]\s/u;
const QUOTES = /["«»“”„‟″]/u;

/** A short label, a colon and a list of short items («كلمات دلالية: سوريا، أستانا، جنيف»), not a quoted statement. */
export function isLabelList(line: string): boolean {
  const colon = line.search(/[:：]/u);
  if (colon <= 0) return false;
  const label = foldLine(line.slice(0, colon));
  const labelWords = label === '' ? [] : label.split(' ');
  if (labelWords.length === 0 || labelWords.length > 3) return false;
  // «وقال: …», «وأضاف: …»: a reporting verb opens a statement, whatever follows.
  if (labelWords.some((w) => ACTION_WORDS.has(w.replace(/^[وف]/u, '')) || ACTION_WORDS.has(w))) return false;
  const rest = line.slice(colon + 1);
  if (QUOTES.test(rest)) return false;
  const items = rest.split(new RegExp(ITEM_SEPARATOR.source, 'gu')).map(foldLine).filter((s) => s !== '');
  return items.length >= 2 && items.every((item) => item.split(' ').length <= 4) && items.length <= 30;
}

/** A section marker and, on the same line after a colon or a dash, its teaser («اقرأ أيضاً: دي ميستورا يصل…»). */
export function isMarkerTeaser(line: string): boolean {
  const m = /^(.{2,40}?)\s*[:：\-–—»|…]/u.exec(line);
  if (!m) return false;
  const head = foldLine(m[1]!);
  return head !== '' && ((SECTION_MARKERS as readonly string[]).includes(head) || (TEASER_HEADS as readonly string[]).includes(head)) && foldLine(line.slice(m[0].length)) !== '';
}

// A real address to the reader, folded: the site's channel as the object («نزّل التطبيق»), a site noun with «ـنا» («تطبيقنا», «قناتنا», «نشرتنا», «صفحتنا»,
// «موقعنا», «حسابنا») or with «ـك»/«ـكم» («حسابك», «بريدكم»), a preposition with «ـنا»/«ـك»/«ـكم» («معنا», «إلينا»,
// «لك», «عليكم»). Letters alone are not enough: «أستانا», «فيينا», «المعارك», «الأتراك» only end like it.
const SITE_NOUN = /^[وفبل]?(?:تطبيق|تطبيقات|قنات|قنوات|نشرت|نشرات|صفحت|صفحات|موقع|مواقع|حساب|حسابات|منصت|منصات|بريد)(?:نا|ك|كم)$/u;
// The site's own channel as the imperative's object («نزّل التطبيق», «حمّل تطبيق الجريدة»): download the app.
const SITE_OBJECT = /^(?:ال)?(?:تطبيق|قناه|نشره|صفحه|موقع|حساب|منصه)$/u;
const ADDRESSED_PREPOSITION = /^(?:مع|الي|علي|ل|ب|عند|لدي|عبر)(?:نا|ك|كم)$/u;
// «ـك»/«ـكم» on the imperative's object, standing right after it or after a preposition («فعّل اشتراكك», «على هاتفك»):
// an indefinite word (a possessive never takes «ال») with a stem of three letters or more.
const YOUR = /^(?!وال|بال|فال|كال|لل|ال)\S{3,}(?:ك|كم)$/u;
const PREPOSITIONS: ReadonlySet<string> = new Set(YOUR_PREPOSITIONS);
const NOT_YOUR: ReadonlySet<string> = new Set(NOT_YOUR_WORDS);

function addressesReader(words: readonly string[]): boolean {
  return words.some((w, i) => {
    if (i === 0) return false;
    if (SITE_NOUN.test(w) || ADDRESSED_PREPOSITION.test(w) || (i === 1 && SITE_OBJECT.test(w))) return true;
    return YOUR.test(w) && !NOT_YOUR.has(w) && (i === 1 || PREPOSITIONS.has(words[i - 1]!));
  });
}

/**
 * A short line opening with an imperative to the reader (download, subscribe, follow, share, join) and
 * addressing the reader or the site's own channels. The imperatives are spelled like ordinary past verbs
 * («شارك الوفد», «تابع الوفد», «سجل الجيش», «تواصلت المعارك»), so without a real address («تطبيقنا», «هاتفك»,
 * «معنا») the line is story. A line with a quotation or ending in a full stop is a sentence
 * («وتابع: «لن نتنازل عن حقنا».», «شارك وفدنا في الجولة.»), and an imperative never takes «و».
 */
export function isReaderPrompt(line: string, folded: string, words: number): boolean {
  if (words > 12 || !startsWithPhrase(folded, READER_IMPERATIVES) || QUOTES.test(line) || /[.؟?][\s"'»”’)\]]*$/u.test(line)) return false;
  if (hasPhrase(folded, CALL_TO_ACTION_WORDS)) return true;
  return addressesReader(folded.split(' '));
}

const foldAll = (names: Record<number, string[]>) => Object.values(names).flat().map((n) => foldFast(n));
// Latin names too: many Arabic sites print their stamps in English («Tuesday 16 May 2017», «Oct 22 2021»).
const DATE_WORDS = [...new Set([...foldAll(MONTH_NAMES), ...foldAll(HIJRI_MONTH_NAMES), ...foldAll(LATIN_MONTH_NAMES), ...LATIN_WEEKDAY_NAMES.map(foldFast),
  ...foldAll(WEEKDAY_NAMES).flatMap((w) => [w, `ال${w}`])])].sort((a, b) => b.length - a.length);
const DATE_WORD = new RegExp(`(?<=^| )(?:${DATE_WORDS.join('|')})(?= |$)`, 'gu');
const byLength = (names: string[]) => [...new Set(names)].sort((a, b) => b.length - a.length);
const MONTH_WORD = new RegExp(`(?<=^| )(?:${byLength([...foldAll(MONTH_NAMES), ...foldAll(LATIN_MONTH_NAMES)]).join('|')})(?= |$)`, 'gu');
const WEEKDAY_WORD = new RegExp(`(?<=^| )(?:${byLength([...LATIN_WEEKDAY_NAMES.map(foldFast), ...foldAll(WEEKDAY_NAMES).flatMap((w) => [w, `ال${w}`])]).join('|')})(?= |$)`, 'gu');
const DAY_OF_MONTH = /^(?:w )?(?:(?:[1-9]|[12]\d|3[01]) m|m (?:[1-9]|[12]\d|3[01]))$/u;

/** Whether a folded line names a day of a named month anywhere («… | الأحد 3 يناير»): a teaser's own day. */
export function holdsDayMonth(folded: string): boolean {
  return /(?:^| )(?:[1-9]|[12]\d|3[01]) m(?= |$)|(?:^| )m (?:[1-9]|[12]\d|3[01])(?= |$)/u.test(folded.replace(MONTH_WORD, 'm'));
}

/** A month and its year alone («يناير 2019», «كانون الثاني/يناير 2019»), a count of stories after it at
 *  most («مارس 2019 (12)»): a line of an archive's list of months, never a sentence of a story. */
export function monthYearShape(folded: string, words: number): boolean {
  if (words < 2 || words > 5) return false;
  return /^m(?: m)? (?:19|20)\d\d(?: \d{1,4})?$|^(?:19|20)\d\d m(?: m)?$/u.test(folded.replace(MONTH_WORD, 'm'));
}

/** The bars between a header's segments. */
const BAR = /\s*[|•·]\s*/u;
/** A figure of a site's bar: a name, a number and its unit («سعر الدولار الأمريكي 13200 ليرة»). */
const FIGURE_WORDS = 6;
/** Besides the temperature, a weather line names its city: a word or two. */
const CITY_WORDS = 2;

/** «الجمعة 13 فبراير», «13 شباط», «دمشق 12° الخميس 12 مارس»: a day of a named month with no year, a
 *  weekday at most beside it, or the weather. A site's header prints its day so as often as a story its own. */
export function dayMonthShape(line: string, folded: string, words: number): boolean {
  // A site's bar of live figures («الدولار 13200 ليرة | اليورو 14100 ليرة | الجمعة 13 فبراير»): the day
  // in a segment of its own, two others or more, each a figure.
  const segments = line.split(BAR).filter((x) => x.trim() !== '');
  if (segments.length > 2) {
    const days = segments.filter((x) => { const f = foldLine(x); return f !== '' && dayMonthShape(x, f, f.split(' ').length); });
    return days.length === 1 && segments.every((x) => days.includes(x) || (/[\d٠-٩]/u.test(x) && x.trim().split(/\s+/u).length <= FIGURE_WORDS));
  }
  if (words < 2 || words > 8) return false;
  let tokens = folded.replace(MONTH_WORD, 'm').replace(WEEKDAY_WORD, 'w').replace(/\s+/gu, ' ').trim().split(' ');
  const weather = TEMPERATURE.exec(line);
  if (weather) {
    // Take out the temperature's number, its unit and the city: what is left is the header's day.
    const degrees = String(Number(weather[1]!.replace(/[٠-٩]/gu, (d) => String(d.charCodeAt(0) - 0x660))));
    const at = tokens.indexOf(degrees);
    if (at >= 0) tokens.splice(at, 1);
    tokens = tokens.filter((t) => t !== 'درجه' && t !== 'c');
    const core = tokens.filter((t) => t === 'm' || t === 'w' || /^\d{1,2}$/u.test(t));
    if (tokens.length - core.length > CITY_WORDS) return false;
    tokens = core;
  }
  return words <= 5 || weather !== null ? DAY_OF_MONTH.test(tokens.join(' ')) : false;
}
/** «دمشق 12°»، «حلب °12»، «18°C»، «دمشق 8° - 17°»: a site's weather on a line of its own, a city's name at
 *  most beside it. Not «درجة»: «موسكو تستدير 90 درجة» and «الحرارة تلامس 50 درجة» are headlines. */
export function weatherShape(line: string): boolean {
  if (!line.includes('°') && !line.includes('º') && !line.includes('ْ')) return false;
  const rest = line.replace(DEGREES, ' ');
  if (rest === line || /[\d٠-٩]/u.test(rest)) return false;
  const words = rest.replace(/[^\p{L}\s]/gu, ' ').trim();
  return words === '' || words.split(/\s+/u).length <= CITY_WORDS;
}
const ERA_ON_YEAR = /(?<=^| )(\d{1,4})[مه](?= |$)/gu;
const TIME = CLOCK_TIME;
// «10.15» is a time only with a time word or a date beside it: alone it is a decimal («سعر صرف الليرة 13.50»).
const DOT_TIME = /(?<![\d٠-٩.,،])[\d٠-٩]{1,2}\.[\d٠-٩]{2}(?![\d٠-٩.,،])/u;
// The clock's words, «الساعة» also with «و» or «ب» written onto it, and a lowercase «gmt» (not a stamp word).
const TIME_WORD = new RegExp(`(?:^| )(?:[وب]?الساعه|${CLOCK_WORDS.join('|')}|gmt)(?= |$)`, 'u');
const FULL_DATE = /(?:^| )\d{1,2} (?:\d{1,2} )?\d{4}(?= |$)|\d{4} \d{1,2} \d{1,2}(?= |$)/u;

export interface StampShape {
  /** Mostly a date or a time, with at most a short label («نشر في: 30 تموز 2018 - 10:15», «13/10/2019»). */
  dateLine: boolean;
  /** It holds a clock time (a stamp wherever it stands). */
  time: boolean;
}

/** Whether a short line is a publication or update stamp: a full date or a time, and besides them only a few label words. */
const SHOWN_DAY_LABEL = new RegExp(`^(?:${alternation(SHOWN_DAY_WORDS)})(?![\\p{L}])[\\s:：\\-–]*`, 'iu');

export function stampShape(line: string, folded: string, words: number): StampShape {
  const none = { dateLine: false, time: false };
  // A sentence («وتبدأ الجلسة عند الساعة 10:00 صباحاً.») is story, even when short and timed.
  if (words === 0 || words > (isByline(line, folded) ? 12 + BYLINE_MAX_WORDS - 3 : 12) || /[.؟?!][\s"'»”’)\]]*$/u.test(line)) return none;
  // The era's letter written onto the date's last number («16-5-2017م», «2017/5/16م») leaves it a number.
  const withoutNames = folded.replace(DATE_WORD, ' 1 ').replace(ERA_ON_YEAR, '$1').replace(/\s+/gu, ' ').trim();
  const fullDate = FULL_DATE.test(withoutNames);
  const time = TIME.test(line) || (DOT_TIME.test(line) && (fullDate || TIME_WORD.test(folded)));
  if (!time && !fullDate) return none;
  // «تمت الزيارة في 13 فبراير 2026»: the label of the day a page was read is the line's label, its verb
  // no story's («تمت» is an action word).
  const shown = SHOWN_DAY_LABEL.exec(withoutNames);
  const rest = shown ? withoutNames.slice(shown[0].length) : withoutNames;
  const others = rest.split(' ').filter((w) => w && !/^\d+$/u.test(w) && !(STAMP_WORDS as readonly string[]).includes(w));
  if (others.some((w) => ACTION_WORDS.has(w) || ACTION_WORDS.has(w.replace(/^[وفلبس]{1,2}/u, '')))) return none;
  const label = shown !== null || startsWithPhrase(folded, STAMP_WORDS);
  if (others.length <= (time || label ? 3 : 1)) return { dateLine: true, time };
  // A byline's label, a name of up to five words and the date («نشر بواسطة: محمد عبد الرحمن العلي في …»).
  if (fullDate && isByline(line, folded) && others.length <= BYLINE_MAX_WORDS) return { dateLine: true, time };
  return isLabelledDate(line) ? { dateLine: true, time } : none;
}

const BYLINE_WORDS = BYLINE_LABELS.map(foldFast);
const BYLINE_VERB = new RegExp(`^\\s*(?:${BYLINE_VERBS.join('|')})\\s*[:：\\-–—]`, 'u');
/** The line opens on a byline's label, or on a verb of one with its colon or dash. */
const isByline = (line: string, folded: string): boolean => startsWithPhrase(folded, BYLINE_WORDS) || BYLINE_VERB.test(line);
/** A byline's label and a name: «نشر بواسطة» and «محمد عبد الرحمن العلي» are six words. */
const BYLINE_MAX_WORDS = 7;

// A byline, a source or a breadcrumb set apart from the date by a separator or a spaced dash.
const DATE_SEGMENT_SEPARATOR = new RegExp(`${SEPARATOR.source}|\\s[-–—]\\s`, 'gu');

/**
 * The date standing alone in its own segment, the other segments short labels without a verb
 * («بقلم: محمد العلي - 16 مايو 2017», «المصدر: وكالات | 16.05.2017», «الرئيسية » سوريا | 16 مايو 2017»):
 * the page's stamp beside its byline, source or breadcrumb. A headline keeps its verb and stays story.
 */
function isLabelledDate(line: string): boolean {
  const segments = line.split(DATE_SEGMENT_SEPARATOR).map(foldLine).filter((s) => s !== '');
  if (segments.length < 2) return false;
  const isDate = (s: string) => {
    const bare = s.replace(DATE_WORD, ' 1 ').replace(/\s+/gu, ' ').trim();
    return FULL_DATE.test(bare) && bare.split(' ').every((w) => /^\d+$/u.test(w) || (STAMP_WORDS as readonly string[]).includes(w));
  };
  const dates = segments.filter(isDate);
  const labels = segments.filter((s) => !isDate(s));
  return dates.length === 1 && labels.length <= 3 && labels.every((s) => s.split(' ').length <= 4 || (startsWithPhrase(s, BYLINE_WORDS) && s.split(' ').length <= BYLINE_MAX_WORDS));
}
