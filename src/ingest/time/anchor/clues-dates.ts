// Date clues. A full date with "اليوم" or printed as a stamp/dateline pins the article; other full
// dates only bound it loosely (the article is near the events it reports). A date without a year
// says "الجاري" (same month as the article), or is future ("ستعقد في 7-8 من يوليو الجاري": the article
// is before the 7th), or sits in a sentence naming a track whose catalog round has those days
// (which gives the year).
import { ROUND_NOUNS_SINGULAR, ROUND_TRACK_LINKS, ROUND_WORDS, TALKS_NOUNS, definite } from '../../../lib/lexicon/talks.ts';
import { foldArabic } from '../../../lib/arabic-fold.ts';
import { addMonths, civilFromDays, daysFromCivil, formatDay, isValidCivil, monthLength, monthSpan, parseDay, weekdayOf, yearSpan } from '../../../lib/calendar.ts';
import { roundDays, type RoundDays } from './round-days.ts';
import { formatSpan, spansOverlap } from '../../../lib/edtf.ts';
import type { Clue, DaySpan, Expr, Stated } from '../types.ts';
import { alternation, atWordStart } from '../constants.ts';
import { RELATIVE_PRONOUNS } from '../../../lib/lexicon/clause-words.ts';
import { DEADLINE_BEFORE, SINCE_BEFORE, isTensedVerb } from './tense-at.ts';
import { resolveAt } from '../resolve/resolve-at.ts';
import type { ClueContext } from './clue-context.ts';
import { KIND_TRAITS, tellsTime } from '../kind-traits.ts';
import { recencyClue, recencyOfSpan } from './clue-recency.ts';
import { PAGE_TOOL_WORDS, SHOWN_DAY_WORDS, STAMP_WORDS } from '../../../lib/lexicon/furniture.ts';
import { isRecalled } from './recalled.ts';
import { WAR_START } from '../../../lib/lexicon/war-age.ts';
import { CLOCK_TIME } from '../../../lib/clock-time.ts';
import { hasSurrogate, isLetterUnit } from '../../shared/unit-class.ts';
import { AGENCY_WORDS, BYLINE_LABELS, BYLINE_VERBS, SOURCE_LABELS, STAMP_LABELS, UPDATE_LABELS } from '../../../lib/lexicon/stamp-words.ts';
import { UNTIL_PREPOSITIONS } from '../../../lib/lexicon/prepositions.ts';
import { SUSPEND_WORDS } from '../../../lib/lexicon/round-parts.ts';

/** «آخر تحديث: …»، «تم التحديث في …»: the update's label, with or without the preposition of its date. */
const UPDATED_BEFORE = new RegExp(`(?:${alternation(UPDATE_LABELS)})(?:\\s+(?:في|بتاريخ|on))?\\s*[:：]?\\s*$`, 'iu');
/** «تاريخ الاطلاع: 13/02/2026» inside a line (a citation's), which the clean stage keeps: the day the
 *  page was printed or read, not written (the same labels open the lines it drops). */
const ACCESSED_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(SHOWN_DAY_WORDS.map(foldArabic))})(?:\\s+(?:في|بتاريخ|on))?\\s*[:：\\-–]?\\s*$`, 'iu');
const STAMP_BEFORE = new RegExp(`(?:${alternation(STAMP_LABELS)})\\s*[:：]?\\s*$`, 'iu');
const AGENCY_AFTER = new RegExp(`^\\s*[(\\-–]?\\s*(?:${alternation(AGENCY_WORDS)})`, 'u');
/** How far a full date may be from the article: within the solver's widest window (1500 days). */
const FAR = 4 * 365;
/** Past any article's day: what a «منذ» date bounds is below only. */
const SINCE_FAR = 100 * 365;
/** The day the war broke out: «اندلعت الاحتجاجات في آذار 2011» is recalled by stories of every year
 *  after it, as a «منذ» date is, and says nothing of how far the article is from it. */
const OUTBREAK = parseDay(WAR_START)!;
/** How far back a page saved on a day may reach: archives keep stories for years. */
const PAGE_AGE = 15 * 365;
/** An update stamp is the day of publication or the next about as often as not: the rest are archives
 *  re-stamped years later (one of the three in the training split). Its weight says so (odds e^1 − 1),
 *  so a stamp alone prints no day and one a weekday of the text agrees with does. */
const UPDATED_WEIGHT = 1;

const PREPOSITION_BEFORE = /(?:^|[^\p{L}])[وف]?(?:في|منذ|حتي|قبل|بعد|خلال|من|الي|بين)\s*$/u;

/** The text of `e`'s line from its start up to `until` (the line's end by default), with the date
 *  expressions on it taken out: what stands beside the dates on that line. A round stays as words: a
 *  chronology's line, «- 5 أيلول 2014: جولة جديدة من المحادثات في جنيف», is no stamp (read as one, such
 *  a list's days dated 72 of the 153 training and held-out stories). */
function lineBeside(e: Expr, ctx: ClueContext, until?: number): string {
  const lineStart = ctx.folded.lastIndexOf('\n', e.start - 1) + 1;
  const found = ctx.folded.indexOf('\n', e.end);
  const end = until ?? (found < 0 ? ctx.folded.length : found);
  let rest = '';
  let at = lineStart;
  for (const x of ctx.exprs) {
    if (x.end <= lineStart || x.start >= end || !tellsTime(x)) continue;
    rest += ctx.folded.slice(at, Math.max(at, x.start));
    at = Math.max(at, x.end);
  }
  return rest + ctx.folded.slice(at, Math.max(at, end));
}

/** The words a stamp's line may hold beside its date: its labels, a source, a byline's. */
const STAMP_LINE_WORDS = new Set([...STAMP_WORDS, ...STAMP_LABELS, ...BYLINE_LABELS, ...AGENCY_WORDS, ...SOURCE_LABELS].flatMap((w) => foldArabic(w).split(/\s+/u)));
/** How many other words of three letters or more make a line no stamp (one may be a place or a name). */
const OTHER_WORDS = 2;
function otherWords(e: Expr, ctx: ClueContext): number {
  return (lineBeside(e, ctx).match(/\p{L}{3,}/gu) ?? []).filter((w) => !STAMP_LINE_WORDS.has(w) && !STAMP_LINE_WORDS.has(w.replace(/^[وبل]/u, ''))).length;
}

/** Letters left on the expression's line once every date expression is taken out. */
function lineResidue(e: Expr, ctx: ClueContext): number {
  return lettersIn(lineBeside(e, ctx));
}

/** How many letters `text` holds, as /\p{L}/gu counts them, counted by unit rather than matched one by
 *  one into an array. A text with a surrogate pair is matched (an astral letter is one letter). */
function lettersIn(text: string): number {
  if (hasSurrogate(text)) return text.match(/\p{L}/gu)?.length ?? 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isLetterUnit(text.charCodeAt(i))) n++;
  return n;
}

/** Datelines open the story within its first lines: "دمشق 12 آذار 2018 - قال …". */
const DATELINE_REACH = 400;
/** Words a line needs to be the story's first paragraph rather than a menu, a label or a headline. */
const PARAGRAPH_WORDS = 20;
/** How far into its paragraph a dateline's date may stand: after a place and an outlet. */
const DATELINE_OPENING = 60;
const FIRST_PARAGRAPH = new WeakMap<ClueContext, number>();
/** Where the first paragraph of story begins: below a menu the clean stage left in, a dateline still
 *  opens it («موسكو, 3-9-2018 - أفاد الكرملين …» under a site's sections, 500 characters down). */
function opensFirstParagraph(e: Expr, ctx: ClueContext): boolean {
  let start = FIRST_PARAGRAPH.get(ctx);
  if (start === undefined) {
    start = firstParagraphStart(ctx.folded);
    FIRST_PARAGRAPH.set(ctx, start);
  }
  return start >= 0 && e.start >= start && e.start - start <= DATELINE_OPENING;
}

const NEWLINE = 10;

/** Where the first line of PARAGRAPH_WORDS words (runs of letters) starts, or -1. The words are counted
 *  where they open, not split out: most lines of a story fall short, and each was split into its words.
 *  A text with a surrogate pair is split as before, where \p{L}+ reads an astral letter whole. */
function firstParagraphStart(folded: string): number {
  if (hasSurrogate(folded)) {
    let at = 0;
    for (const line of folded.split('\n')) {
      if ((line.match(/\p{L}+/gu)?.length ?? 0) >= PARAGRAPH_WORDS) return at;
      at += line.length + 1;
    }
    return -1;
  }
  let lineStart = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < folded.length; i++) {
    const unit = folded.charCodeAt(i);
    if (unit === NEWLINE) { lineStart = i + 1; words = 0; inWord = false; continue; }
    const letter = isLetterUnit(unit);
    if (letter && !inWord && ++words >= PARAGRAPH_WORDS) return lineStart;
    inWord = letter;
  }
  return -1;
}
/** After a dateline's date: a dash or a bar before the story, an agency in parentheses or after a
 *  slash and before a dash («طهران/ 6 شباط/ فبراير/ ارنا-») or between slashes (TASS's «موسكو، 22
 *  أبريل/ تاس/.» and «موسكو، 10 مايو/أيار. /تاس/.», MENA's spaced «القاهرة في 8 يونيو /أ ش أ/»), or the
 *  line's end. */
const DATELINE_AFTER = /^\s*(?:مـ?(?![\p{L}])\s*)?(?:[-–—|]|\(\s*[\p{L}\s.]{2,24}\)|[/،,]\s*[\p{L}.]{2,12}\s*[-–—]|\.?\s*\/\s*[\p{L}.][\p{L}. ]{0,10}[\p{L}.]\s*\/|\n|$)/u;
const GREGORIAN_OF = new RegExp(`(?<![\\p{L}])${foldArabic('الموافق')}\\s*[:：]?\\s*$`, 'u');

/** Words before the date on its line, other date expressions (a weekday, a Hijri date) left out. */
function wordsBefore(e: Expr, ctx: ClueContext): number {
  return lineBeside(e, ctx, e.start).match(/\p{L}{2,}/gu)?.length ?? 0;
}

/**
 * A dateline: a place or an outlet (one to three words) at the start of one of the first lines, then
 * the full date, then a dash, an agency or the line's end ("القاهرة - 14 يناير 2020 - استقبل",
 * "الرباط في 15 شتنبر 2019 -"), or the date with its own weekday ("بيروت - «الحياة» الخميس، ٢١ ديسمبر
 * ٢٠١٧ قال"): prose names a past day's weekday far less often than a dateline does.
 */
function isDateline(e: Expr, ctx: ClueContext): boolean {
  if ((e.start > DATELINE_REACH && !opensFirstParagraph(e, ctx)) || (e.stated.day === undefined && e.stated.hijri?.day === undefined)) return false;
  const words = wordsBefore(e, ctx);
  const after = ctx.folded.slice(e.end, e.end + 30);
  // "الخميس 2 أوت 2018 | أعلن": a line opening on a weekday and its date is a dateline too; a bare
  // date opening a line ("23 كانون الثاني 2017 - انطلاق الجولة الأولى") is more often a chronology.
  if (words === 0) return e.stated.weekday !== undefined && DATELINE_AFTER.test(after);
  if (words > 3) return false;
  // «الجزائر (واج) - اختتمت يوم الخميس 4 ماي …»: a verb before the date on its line has begun the story,
  // and the date is that verb's time, not the dateline's.
  if (lineBefore(e, ctx).match(/\p{L}{2,}/gu)?.some(isTensedVerb)) return false;
  // "1439/4/3 هـ الموافق 2017/12/21 م": the Gregorian day of a Hijri dateline.
  if (GREGORIAN_OF.test(ctx.folded.slice(Math.max(0, e.start - 12), e.start))) return true;
  // "في 15 آذار 2011 - اندلعت": a preposition alone before the date reports an event.
  if (words === 1 && PREPOSITION_BEFORE.test(lineBefore(e, ctx))) return false;
  return DATELINE_AFTER.test(after) || e.stated.weekday !== undefined || BYLINE_THEN_DASH.test(restOfLine(e, ctx)) ||
    (SLASHED_BEFORE.test(lineBefore(e, ctx)) && SLASH_AFTER.test(after));
}

/** «فيينا/المكتب الإعلامي/ 30 اكتوبر 2015/ أسدل الستار …»: place and office between slashes, the
 *  date, and a slash that opens the story. */
const SLASHED_BEFORE = /^[\s\p{L}.]*\/[\s\p{L}.]*\/\s*$/u;
const SLASH_AFTER = /^\s*\/\s*\p{L}/u;
function lineBefore(e: Expr, ctx: ClueContext): string {
  return ctx.folded.slice(ctx.folded.lastIndexOf('\n', e.start - 1) + 1, e.start);
}

/** "مونترو، سويسرا، 22 يناير 2014، جنان موسى، أخبار الآن –": after the date, a byline of a few words
 *  and the dash that opens the story. */
const BYLINE_THEN_DASH = /^[\s،,]*(?:[\p{L}.]+[\s،,]*){1,6}[-–—]\s*$/u;
function restOfLine(e: Expr, ctx: ClueContext): string {
  const end = ctx.folded.indexOf('\n', e.end);
  return ctx.folded.slice(e.end, end < 0 ? ctx.folded.length : end);
}

/** More words than this before a date credited to an agency make its line a caption, not a dateline. */
const CAPTION_WORDS = 4;

const TOOL_WORDS = `(?:${alternation(PAGE_TOOL_WORDS)})`;
const PAGE_TOOLS = new RegExp(`${atWordStart(TOOL_WORDS)}(?![\\p{L}])`, 'u');
/** How many of the page's first lines a header date may stand on. */
const HEADER_LINES = 3;
/** How many lines after a header's date its tools may stand on (a video's title and length between). */
const TOOLS_REACH = 4;

/**
 * The day's date in a page header ("السبت 20 ابريل 2024 أبوظبي … مواقيت الصلاة", "2024- 11 - 24 | بحث في
 * الموقع"): on one of the first lines, with the page's tools on its line or the next four. It is the day
 * the page was shown or saved: the story is from that day or before, often years before.
 */
function isPageToday(e: Expr, ctx: ClueContext): boolean {
  return headerLines(ctx).some((h) => e.start >= h.start && e.end <= h.end && h.tools);
}

/** A line of the header's tools and nothing else: a tool's words, a few of them, no figure. */
const TOOL_LINE_WORDS = 4;
const toolLine = (line: string): boolean => PAGE_TOOLS.test(line) && !/[\d٠-٩]/u.test(line) && line.trim().split(/\s+/u).length <= TOOL_LINE_WORDS;

/** Whether the lines from the first header line to the last one's TOOLS_REACH below hold a tool's words:
 *  each header line, and the lines below it a test reads, are those lines' part cut at a line's end, so
 *  with none there no test of them finds one, and one test of them all stands for six (most pages). */
function toolsNear(lines: string[]): boolean {
  const heads: number[] = [];
  for (let i = 0; i < lines.length && heads.length < HEADER_LINES; i++) if (lines[i]!.trim()) heads.push(i);
  return heads.length > 0 && PAGE_TOOLS.test(lines.slice(heads[0], heads[heads.length - 1]! + 1 + TOOLS_REACH).join('\n'));
}

/** The first non-empty lines, and whether the page's tools stand on each or the next four. Read once
 *  per article (every date expression asks). */
const HEADERS = new WeakMap<ClueContext, { start: number; end: number; tools: boolean }[]>();
function headerLines(ctx: ClueContext): { start: number; end: number; tools: boolean }[] {
  const known = HEADERS.get(ctx);
  if (known) return known;
  const folded = ctx.folded;
  const out: { start: number; end: number; tools: boolean }[] = [];
  const lines = folded.slice(0, 2000).split('\n');
  let at = 0;
  // A line of tools alone right above the day («من نحن», «النسخة الورقية») is the same header. Not a
  // headline that names one («أبرز الأخبار: جولة جديدة …»), nor a line with a date of its own. (A story's
  // stamp under such a line is then not printed alone either: the two are written alike.)
  let toolsAbove = false;
  const any = toolsNear(lines);
  for (let i = 0; i < lines.length && out.length < HEADER_LINES; i++) {
    const line = lines[i]!;
    if (line.trim()) {
      out.push({ start: at, end: at + line.length, tools: toolsAbove || (any && PAGE_TOOLS.test(lines.slice(i, i + 1 + TOOLS_REACH).join('\n'))) });
      toolsAbove = any && toolLine(line);
    }
    at += line.length + 1;
  }
  HEADERS.set(ctx, out);
  return out;
}

/** How often an unlabelled date alone above the headline is the story's own day rather than the day
 *  the page was shown or saved (a header's "today", a crawler's stamp). Not measured: the corpus's
 *  collectors took the story's stamps out, so the three dates it has there are all pages' days. Half:
 *  the story must agree with such a date (a weekday, a round, an envoy) before it is printed. */
const PAGE_TOP_STORY = 0.5;
/** The same with a clock time on the line («الأحد 15 فبراير 2026 - 10:45»): a story's stamp shows one far
 *  more often than a header's "today" does, and some headers do («الإثنين 22 ديسمبر 2025 07:05 م»). Read as
 *  the story's alone, a crawler's header with a clock dated 48 of the 152 stories of seeds, held-out, train
 *  and dev with a one-day truth to its day; as this mixture, 2 (stories that name no day of their own, or
 *  whose «اليوم» falls on its weekday), while a story's own stamp with a clock above its headline dates
 *  132 of them instead of 148, the others refused (0.9: 3 and 134; 0.5: 1 and 125). */
const PAGE_TOP_STORY_CLOCK = 0.7;

/** How often the date the page opens on is the story's: more often with a clock beside it. */
const pageTopStory = (ctx: ClueContext): number => (CLOCK_TIME.test(ctx.folded.slice(0, ctx.pageTopEnd)) ? PAGE_TOP_STORY_CLOCK : PAGE_TOP_STORY);

/** How often an unlabelled date alone on the page's last line, below the story, is the story's own day
 *  rather than a footer's "today" or a crawler's day. Read as the story's alone, a crawler's date there
 *  dated 52 of the same 152 stories to its day; as this mixture, 1, while a story's own stamp there dates
 *  124 of them instead of 141, the rest refused (0.9: 2 and 126; 0.5: 1 and 117). */
const PAGE_FOOT_STORY = 0.7;

function isPageFoot(e: Expr, ctx: ClueContext): boolean {
  return e.start >= ctx.pageFootStart && !STAMP_BEFORE.test(labelBefore(e, ctx));
}
/** A date line above everything else on the page, with no label: the story's stamp, or the day the
 *  page was shown or saved, which may be years after the story. */
function isPageTop(e: Expr, ctx: ClueContext): boolean {
  return e.end <= ctx.pageTopEnd && !STAMP_BEFORE.test(labelBefore(e, ctx));
}

/** The few characters before a date, where a stamp's label («نشر في:») stands. */
const labelBefore = (e: Expr, ctx: ClueContext): string => ctx.folded.slice(Math.max(0, e.start - 20), e.start);

/** A line that opens on a date (after a bullet) and tells what happened on it after a separator. */
const ITEM_BEFORE = /^\s*[-–—•*·]?\s*$/u;
const ITEM_AFTER = /^\s*[:：\-–—|]\s*\p{L}+\s+\p{L}+/u;
function isItem(e: Expr, ctx: ClueContext): boolean {
  return ITEM_BEFORE.test(lineBefore(e, ctx)) && ITEM_AFTER.test(ctx.folded.slice(e.end, e.end + 40));
}
/**
 * «12/3/2013 - بدء المشاورات» over «5/9/2015 - جولة جديدة من المحادثات»: lines that each open on a day and
 * tell what happened on it, one under another, are a chronology of the story's past, not its stamp
 * (read as stamps, such a list at the foot dated 41 of the 153 training and held-out stories to one of
 * its days). A stamp stands alone.
 */
function inChronology(e: Expr, ctx: ClueContext): boolean {
  const shape = isItem(e, ctx) ? isItem : isTeaser(e, ctx) ? isTeaser : null;
  if (!shape) return false;
  // The lines right above and below: an item there is one whose start falls between this line's
  // neighbours' edges (each item opens its own line).
  const lineStart = ctx.folded.lastIndexOf('\n', e.start - 1) + 1;
  const lineEnd = ctx.folded.indexOf('\n', e.end);
  const from = lineStart > 0 ? ctx.folded.lastIndexOf('\n', lineStart - 2) + 1 : lineStart;
  const after = lineEnd < 0 ? -1 : ctx.folded.indexOf('\n', lineEnd + 1);
  const to = lineEnd < 0 ? lineStart : after < 0 ? ctx.folded.length : after;
  return ctx.exprs.some((x) => x !== e && x.start >= from && x.end <= to && (x.end <= lineStart || x.start > lineEnd) && tellsTime(x) && shape(x, ctx));
}

/** Words of a headline before a date that ends its line. */
const TEASER_WORDS = 3;
const TEASER_END = /^[ \t]*(?:\d{1,2}:\d{2}[ \t]*)?(?:\n|$)/u;
/**
 * A line that tells another story's headline and ends on its day («الجولة العاشرة في سوتشي تبحث اللجنة
 * الدستورية 30/07/2018»): one of a list of related or most-read stories when a line beside it is too,
 * whose heading the page or its saving lost. Each line's day is its story's, not this one's stamp (read
 * as a stamp, such a list at either end of the page dated the story to its first teaser's day).
 */
function isTeaser(e: Expr, ctx: ClueContext): boolean {
  const before = lineBefore(e, ctx);
  return TEASER_END.test(ctx.folded.slice(e.end, e.end + 12)) && !STAMP_BEFORE.test(before) && !BYLINE_BEFORE.test(before) &&
    (before.match(/\p{L}{2,}/gu)?.length ?? 0) >= TEASER_WORDS;
}

function isStamp(e: Expr, ctx: ClueContext): boolean {
  const before = labelBefore(e, ctx);
  if (STAMP_BEFORE.test(before)) return true;
  // "دمشق 12 آذار 2018 (سانا) -" is a dateline; a long line ending "…في نيويورك، 27 سبتمبر 2024
  // (الأناضول)" is a photo's caption and credit: the day the picture was taken.
  if (AGENCY_AFTER.test(ctx.folded.slice(e.end, e.end + 24))) return wordsBefore(e, ctx) <= CAPTION_WORDS;
  // «… يصل إلى جنيف (رويترز 23/2/2017)»، «(صورة أرشيفية من مؤتمر سوتشي 30/1/2018)»: a date that closes
  // an aside in brackets after a line of words is a picture's or a pasted story's credit, the day it
  // was taken or sent, as a caption's credit after its date is (a short one may still be a dateline's).
  if (closesAside(e, ctx) && wordsBefore(e, ctx) > CAPTION_WORDS) return false;
  if (e.stated.day === undefined && e.stated.hijri?.day === undefined) return false;
  if (inChronology(e, ctx)) return false;
  if (isDateline(e, ctx)) return true;
  if (isBylineStamp(e, ctx)) return true;
  if (isPostStamp(e, ctx)) return true;
  // A line that holds little but dates: a byline, a site stamp ("2019.10.30 | 14:01"), a dateline
  // ("الأحد 5 ربيع الآخر 1439 هـ الموافق 24 ديسمبر 2017"). Digits-only dates are rare in prose, so a
  // short line at either end of the text will do for them; "في 15/3/2011 اندلعت" reports an event.
  const residue = lineResidue(e, ctx);
  if (e.kind === 'numeric-date' && !PREPOSITION_BEFORE.test(before) && (e.start < 200 || e.end > ctx.folded.length - 200)) return residue <= 40;
  // «ينتهي العرض في 30/6/2022»، «آخر موعد للتسجيل 30 حزيران 2022»: a short line that says something else
  // of its date (an offer's, a deadline's) is another box's; a stamp's words are its labels, a source, a
  // place or a name.
  return residue <= 16 && otherWords(e, ctx) < OTHER_WORDS;
}

/** A date right before a closing bracket whose opening one stands before it on its line. */
const CLOSES_BRACKET = /^\s*\)/u;
function closesAside(e: Expr, ctx: ClueContext): boolean {
  if (!CLOSES_BRACKET.test(ctx.folded.slice(e.end, e.end + 4))) return false;
  const before = lineBefore(e, ctx);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** «نشر بواسطة: المحرر في 16 مايو 2017 - 10:35»: a byline's label opens the line, a name of a few
 *  words, the date, and at most its clock after it. */
const BYLINE_BEFORE = new RegExp(`^\\s*(?:(?:${alternation(BYLINE_LABELS)})\\s*[:：\\-–—]?|(?:${alternation(BYLINE_VERBS)})\\s*[:：\\-–—])\\s*(?:\\p{L}+[\\s.]+){0,5}(?:في\\s+|[|\\-–—،,/]\\s*)?$`, 'iu');
const BYLINE_AFTER_LETTERS = 8;
function isBylineStamp(e: Expr, ctx: ClueContext): boolean {
  if (!BYLINE_BEFORE.test(lineBefore(e, ctx))) return false;
  const found = ctx.folded.indexOf('\n', e.end);
  const after = ctx.folded.slice(e.end, found < 0 ? ctx.folded.length : found);
  return (after.match(/\p{L}/gu)?.length ?? 0) <= BYLINE_AFTER_LETTERS;
}

/** «9:41 م · 29 يناير 2021 · Twitter for iPhone»: a post's stamp opens with its clock, a dot between it and
 *  the date, and only what follows another dot (the app it was sent from) after the date. A list of links
 *  with their dates has titles, not a clock, before them. */
const POST_CLOCK_BEFORE = /^\s*\d{1,2}:\d{2}\s*(?:[صم]|[AaPp]\.?[Mm]\.?)?\s*·\s*$/u;
const POST_AFTER = /^\s*(?:·[^\n]*)?(?:\n|$)/u;
function isPostStamp(e: Expr, ctx: ClueContext): boolean {
  return POST_CLOCK_BEFORE.test(lineBefore(e, ctx)) && POST_AFTER.test(ctx.folded.slice(e.end, e.end + 80));
}

function absoluteClue(e: Expr, given: DaySpan, ctx: ClueContext): Clue {
  const offset = e.stated.offset;
  let span = given;
  if (e.stated.weekday !== undefined && span[1] - span[0] <= 2) {
    // A Hijri day (±1 for local sighting) with its weekday: the weekday picks the day.
    const fits = [span[0], span[0] + 1, span[0] + 2].filter((d) => d <= span[1] && weekdayOf(d) === e.stated.weekday);
    if (fits.length === 1) span = [fits[0]!, fits[0]!];
  }
  const edtf = formatSpan(span);
  if (UPDATED_BEFORE.test(ctx.folded.slice(Math.max(0, e.start - 24), e.start)) && span[0] === span[1]) {
    // "آخر تحديث": updated the day it was published, or the next; else (re-stamped when its site
    // moved) on no day in particular.
    const day = span[0];
    return { weight: UPDATED_WEIGHT, family: 'stamp', start: e.start, end: e.end, windows: [[day - 1, day]], mass: 1.5, note: { code: 'updated', day: edtf }, score: (d) => (d === day ? 1 : d === day - 1 ? 0.5 : 0) };
  }
  // Read on that day, written on it or on any day before: as a header's "today", an upper bound only.
  if (span[1] - span[0] <= 2 && ACCESSED_BEFORE.test(ctx.folded.slice(Math.max(0, e.start - 28), e.start))) {
    const w: DaySpan = [span[1] - PAGE_AGE, span[1]];
    return { weight: 3, family: 'stamp', start: e.start, end: e.end, windows: [w], flat: true, note: { code: 'accessed-day', day: edtf }, score: (d) => (d >= w[0] && d <= w[1] ? 1 : 0) };
  }
  // «نشر في: 4 أبريل 2023» above a notice is the story's stamp: a page's own day carries no such label.
  if (span[1] - span[0] <= 2 && isPageToday(e, ctx) && !STAMP_BEFORE.test(labelBefore(e, ctx))) {
    const w: DaySpan = [span[1] - PAGE_AGE, span[1]];
    return { weight: 3, family: 'stamp', start: e.start, end: e.end, windows: [w], flat: true, note: { code: 'header-day', day: edtf }, score: (d) => (d >= w[0] && d <= w[1] ? 1 : 0) };
  }
  const foot = isPageFoot(e, ctx);
  if (span[1] - span[0] <= 2 && (foot || isPageTop(e, ctx))) {
    // Its day (a Hijri one's two or three, the local sighting unknown), or any day of the years before.
    const [lo, hi] = span;
    const width = hi - lo + 1;
    const before: DaySpan = [lo - PAGE_AGE, lo - 1];
    const story = foot ? PAGE_FOOT_STORY : pageTopStory(ctx);
    const earlier = (width * (1 - story)) / story / PAGE_AGE;
    return { weight: 8, family: 'stamp', start: e.start, end: e.end, windows: [[lo, hi], before], either: true, mass: width + earlier * PAGE_AGE, note: { code: foot ? 'page-foot-day' : 'page-top-day', day: edtf }, score: (d) => (d >= lo && d <= hi ? 1 : d >= before[0] && d <= before[1] ? earlier : 0) };
  }
  if (offset !== undefined && span[0] === span[1]) {
    const day = span[0] - offset;
    return { weight: 10, family: 'stated', start: e.start, end: e.end, windows: [[day, day]], note: { code: 'states-date', day: formatDay(day) }, flat: true, score: (d) => (d === day ? 1 : 0) };
  }
  if (isStamp(e, ctx) && span[1] - span[0] <= 2) {
    const [lo, hi] = span;
    return { weight: lo === hi ? 8 : 6, family: 'stamp', start: e.start, end: e.end, windows: [[lo, hi]], note: { code: 'dateline', date: edtf }, flat: true, score: (d) => (d >= lo && d <= hi ? 1 : 0) };
  }
  const weekday = e.stated.weekday;
  if (weekday !== undefined && span[0] === span[1] && weekdayOf(span[0]) === weekday && !isRecalled(e, ctx.folded)) {
    // "قال يوم الاثنين 21 نوفمبر 2022": news names the weekday of days close to the article. A day
    // told past is most often the article's own or the one before it, never after it; a day to come
    // may be announced any day of the week before it.
    const day = span[0];
    const note = { code: 'weekday-of-date' as const, date: edtf };
    if (e.tense === 'future') {
      const ahead: DaySpan = [day - 7, day];
      return { weight: 3, family: 'dated-weekday', start: e.start, end: e.end, windows: [ahead], note, flat: true, score: (d) => (d >= ahead[0] && d <= ahead[1] ? 1 : 0) };
    }
    const scale = ctx.params.dated.scale;
    const near: DaySpan = e.tense === 'past' ? [day, day + 7] : [day - 7, day + 7];
    return { weight: 3, family: 'dated-weekday', start: e.start, end: e.end, windows: [near], note, score: (d) => (d >= near[0] && d <= near[1] ? Math.exp(-Math.abs(d - day) / scale) : 0) };
  }
  // Stories recall events of years before and announce some long ahead: a past date is a lower
  // bound, a future one an upper bound, and neither says how far the article is from it.
  // «منذ عام 2012»: a state that began then and goes on, told any number of years later: a bound alone.
  // The war's outbreak and a day a sentence of background recalls («وكانت تركيا قد استقبلت أول اللاجئين في
  // تشرين الأول 2011») are bounds alone too: stories of any later year tell them.
  const since = SINCE_BEFORE.test(ctx.folded.slice(Math.max(e.sentence[0], e.start - 16), e.start)) ||
    (e.tense !== 'future' && ((span[0] <= OUTBREAK && span[1] >= OUTBREAK) || isRecalled(e, ctx.folded)));
  const w: DaySpan = e.tense === 'future' ? [span[0] - FAR, span[0] - 1] : since ? [span[0], span[1] + SINCE_FAR] : e.tense === 'past' ? [span[0], span[1] + FAR] : [span[0] - FAR / 2, span[1] + FAR / 2];
  const weight = e.kind === 'year' || e.kind === 'hijri' && e.stated.hijri?.month === undefined ? 0.5 : 1;
  const side = e.tense === 'future' ? 'before' : e.tense === 'past' ? 'after' : 'near';
  return { weight, family: 'loose-date', start: e.start, end: e.end, windows: [w], note: { code: 'calendar-date', date: edtf, side }, flat: true, score: (d) => (d >= w[0] && d <= w[1] ? 1 : 0) };
}

/** «الجمعة 13 فبراير» alone above the headline: the story's day of that month (of a year where the
 *  weekday fits), or, as often, the day the page was shown or saved, which says nothing of the story.
 *  One clue for the line, weekday included: when it is the page's day its weekday is not the story's. */
function pageTopDayMonthClue(e: Expr, occurs: number[], story: number): Clue {
  const w = e.stated.weekday;
  const days = occurs.filter((x) => w === undefined || weekdayOf(x) === w);
  const all: DaySpan = [daysFromCivil(YEARS[0], 1, 1), daysFromCivil(YEARS[1], 12, 31)];
  const anyDay = (days.length * (1 - story)) / story / (all[1] - all[0] + 1);
  const on = new Set(days);
  const note = { code: 'page-top-day-month' as const, day: e.stated.day!, month: e.stated.month! };
  return { weight: 8, family: 'stamp', start: e.start, end: e.end, windows: [...oneDay(days), all], either: true, mass: days.length * 2, note, score: (d) => (on.has(d) ? 1 : anyDay) };
}

/** Years a year-less day may fall in: wider than any era, which the posterior clips to. */
export const YEARS: [number, number] = [2011, 2030];

/** Every day that is `day` of `month`, in YEARS. */
export function occurrences(day: number, month: number): number[] {
  const out: number[] = [];
  for (let y = YEARS[0]; y <= YEARS[1]; y++) if (isValidCivil(y, month, day)) out.push(daysFromCivil(y, month, day));
  return out;
}

/** "العام الماضي 2016": the article is in 2017; "الشهر الماضي، نيسان": in May (of 2017 when the year is told). */
function namedPeriodClue(e: Expr, named: NonNullable<Stated['named']>): Clue {
  const s = e.stated;
  if (named.paired) return pairedMonthClue(e, named.rel);
  const note = (namedText: string, article: string) => ({ code: 'named-period' as const, period: named.period, rel: named.rel, named: namedText, article });
  if (named.period === 'year') {
    const y = s.year! - named.rel;
    const w = yearSpan(y);
    return { weight: NAMED_WEIGHT, family: 'stated', start: e.start, end: e.end, windows: [w], flat: true, note: note(String(s.year), String(y)), score: (d) => (d >= w[0] && d <= w[1] ? 1 : 0) };
  }
  const month = ((s.month! - 1 - named.rel + 12) % 12) + 1;
  if (s.year !== undefined) {
    const at = addMonths(s.year, s.month!, -named.rel);
    const w = monthSpan(at.year, at.month);
    return { weight: NAMED_WEIGHT, family: 'stated', start: e.start, end: e.end, windows: [w], flat: true, note: note(formatSpan(monthSpan(s.year, s.month!)), formatSpan(w)), score: (d) => (d >= w[0] && d <= w[1] ? 1 : 0) };
  }
  return { weight: NAMED_WEIGHT, family: 'stated', start: e.start, end: e.end, windows: [], share: 1 / 12, note: note(String(s.month), String(month)), score: (d) => (civilFromDays(d).month === month ? 1 : 0) };
}
/** The text states the article's year or month as plainly as a dateline its day, but a count is easier
 *  to get wrong than a date is to misprint. */
const NAMED_WEIGHT = 5;
/** «منتصف الشهر المقبل» named February by «منتصف فبراير» elsewhere: two phrases taken for one period,
 *  which they need not be. */
export const PAIRED_WEIGHT = 3;

/** The article's month, from a part of a month counted from it and the same part of a month named. */
function pairedMonthClue(e: Expr, rel: -1 | 0 | 1): Clue {
  const named = e.stated.month!;
  const month = ((named - 1 - rel + 12) % 12) + 1;
  return { weight: PAIRED_WEIGHT, family: 'stated', start: e.start, end: e.end, windows: [], share: 1 / 12, note: { code: 'paired-month', rel, named, article: month }, score: (d) => (civilFromDays(d).month === month ? 1 : 0) };
}

/** How far a day still to come holds on the day itself (the report written that morning). */
const SAME_DAY = 0.25;

/** Candidate days as one-day windows: where to look (the clue's score still says where it holds). */
const oneDay = (days: number[]): DaySpan[] => days.map((d) => [d, d] as DaySpan);

/** The expression whose reading holds the fewest days (the first of equals), if any reads. */
function narrowest(exprs: Expr[]): Expr | undefined {
  let best: Expr | undefined;
  let width = Infinity;
  for (const e of exprs) {
    const r = resolveAt(e, 0);
    if (r && r.span[1] - r.span[0] < width) { best = e; width = r.span[1] - r.span[0]; }
  }
  return best;
}

export function cluesDates(ctx: ClueContext): Clue[] {
  const clues: Clue[] = [];
  const dated: DatedWeekday[] = [];
  // A page's first line naming its day in both calendars («الجمعة 25 شعبان 1447 هـ - 13 فبراير 2026 م»)
  // is one date: its narrowest reading alone speaks (the Hijri day's local sighting is unknown).
  const topDate = narrowest(ctx.exprs.filter((e) => e.end <= ctx.pageTopEnd && (e.stated.year !== undefined || e.kind === 'hijri')));
  for (const e of ctx.exprs) {
    if (topDate && e !== topDate && e.end <= ctx.pageTopEnd) continue;
    const s = e.stated;
    if (s.named) clues.push(namedPeriodClue(e, s.named));
    const absolute = s.year !== undefined || e.kind === 'hijri';
    const calendar = KIND_TRAITS[e.kind].calendar;
    if (absolute && calendar) {
      const r = resolveAt(e, 0);
      if (r) {
        const clue = absoluteClue(e, r.span, ctx);
        clues.push(clue);
        if (clue.note.code === 'calendar-date' && e.tense === 'future' && e.kind !== 'year' && r.span[1] - r.span[0] <= 31) clues.push(recencyOfSpan(e, r.span));
      }
      continue;
    }
    const yearless = (calendar || e.kind === 'relative-month') && !absolute;
    if (!yearless) continue;
    // A day of a named month occurs once a year: those days are where to look. A day of "this month"
    // occurs every month: too many to look at one by one (it bounds nothing on its own).
    const occurs = s.day === undefined || s.month === undefined ? [] : occurrences(s.day, s.month);
    if (s.offset !== undefined && s.day !== undefined) {
      const k = s.offset;
      // "اليوم الجمعة 22 أفريل": the weekday told with the day keeps only the years where they agree, so a
      // page's own stamp of another year (the day it was saved) cannot carry the day and month.
      const w = s.weekday;
      const score = (d: number): number => { const r = resolveAt(e, d, undefined, false); return r && r.span[0] === d + k && (w === undefined || weekdayOf(r.span[0]) === w) ? 1 : 0; };
      clues.push({ weight: 8, family: 'stated', start: e.start, end: e.end, windows: oneDay(occurs.filter((x) => w === undefined || weekdayOf(x) === w).map((x) => x - k)), note: { code: 'states-day-month' }, score });
    }
    if (s.offset === undefined && s.day !== undefined && s.month !== undefined && s.rel === undefined && isPageTop(e, ctx)) {
      clues.push(pageTopDayMonthClue(e, occurs, pageTopStory(ctx)));
      continue;
    }
    if (s.offset === undefined && s.day !== undefined && s.rel === undefined && isStamp(e, ctx)) {
      const score = (d: number): number => { const r = resolveAt(e, d, undefined, false); return r && r.span[0] === d ? 1 : 0; };
      clues.push({ weight: 6, family: 'stamp', start: e.start, end: e.end, windows: oneDay(occurs), note: { code: 'dateline-day-month' }, score });
    }
    if (s.weekday !== undefined && s.day !== undefined) {
      const w = s.weekday;
      // "الثلاثاء والأربعاء 19-20 كانون الثاني": a weekday beside a range names one of its days.
      const extra = s.dayEnd !== undefined && s.monthEnd === undefined ? Math.max(0, s.dayEnd - s.day) : 0;
      // With a weekday for each end ("الثلاثاء والأربعاء 19-20"), the first names the first day.
      const fits = (first: number): boolean => {
        if (s.weekdayEnd !== undefined) return weekdayOf(first) === w;
        for (let k = 0; k <= extra; k++) if (weekdayOf(first + k) === w) return true;
        return false;
      };
      // Each year whose day and month fall on the weekday named, and the week either side of it.
      // A day told in the past is on or before the article's; in the future, on or after it.
      const earlier = e.tense === 'past' ? 0 : 7;
      const later = e.tense === 'future' ? 0 : 7;
      const firsts = occurs.filter(fits);
      const windows = firsts.map((x) => [x - earlier, x + extra + later] as DaySpan);
      // «الثلاثاء 4 من الشهر المقبل»: a month counted from the article's already says how far the day is; the
      // weekday only tells which months fit.
      const counted = s.month === undefined;
      const near = (first: number, d: number): boolean => counted || (first - d <= earlier && d - first <= extra + later);
      const clue: Clue = { weight: 4, family: 'dated-weekday', start: e.start, end: e.end, windows, ...(counted ? { share: 1 / 7 } : {}), note: { code: 'weekday-fits-years' }, score: (d) => { const r = resolveAt(e, d, undefined, false); return r && fits(r.span[0]) && near(r.span[0], d) ? 1 : 0; } };
      clues.push(clue);
      dated.push({ clue, e, fits, firsts, extra });
    }
    if (s.rel === 0 && s.month !== undefined) {
      const month = s.month;
      clues.push({ weight: 3, family: 'current-month', start: e.start, end: e.end, windows: [], share: 1 / 12, note: { code: 'current-month', month }, score: (d) => (civilFromDays(d).month === month ? 1 : 0) });
    }
    if (e.tense === 'future' && s.day !== undefined && s.rel === 0) {
      // "في 7 من الشهر الجاري" holds on the days of that month before the 7th, and a little on the 7th
      // itself: a morning report may still tell the day's opening to come. (A date of no month
      // qualifier has an occurrence ahead of any day: it says nothing.)
      const day = s.day;
      // «… الذي يعقد يومي 21 و22 الجاري»: a range told in a relative clause's present describes the meeting,
      // and a report on one of its days may still tell it so; «ستستضيف … من 22 إلى 23» is to come.
      const describing = s.dayEnd !== undefined && s.monthEnd === undefined && RELATIVE_PRESENT_BEFORE.test(ctx.folded.slice(Math.max(0, e.start - 24), e.start));
      const last = describing ? s.dayEnd! : day;
      const month = s.month;
      const share = Math.max(1, day - 1 + SAME_DAY * (last - day + 1)) / (month === undefined ? 30 : 365);
      clues.push({ weight: 4, family: 'loose-date', start: e.start, end: e.end, windows: [], share, note: { code: 'day-to-come' }, score: (d) => { const c = civilFromDays(d); return month !== undefined && c.month !== month ? 0 : c.day < day ? 1 : c.day <= last ? SAME_DAY : 0; } });
    }
    const catalog = catalogClue(e, ctx);
    if (catalog) clues.push(catalog);
    const recent = calendar ? recencyClue(e) : null;
    if (recent) clues.push(recent);
  }
  const regrouped = chronicle(dated);
  return regrouped.size === 0 ? clues : clues.map((c) => regrouped.get(c) ?? c);
}

interface DatedWeekday { clue: Clue; e: Expr; fits: (first: number) => boolean; firsts: number[]; extra: number }

/** A chronicle («الثلاثاء 28 تشرين الثاني: … الأربعاء 6 كانون الأول: …») names days of one stretch too
 *  far apart for the article to be within a week of each: the days where all their weeks meet would put
 *  it before a day it tells as done, or after one it tells as to come. Such days speak together: each
 *  says the article is near the stretch they cover, from the first one's window to the last one's. The
 *  clues so regrouped, keyed by the ones they replace. */
function chronicle(dated: DatedWeekday[]): Map<Clue, Clue> {
  const items = dated.flatMap((x) => x.clue.windows.map((w, i) => ({ x, w, day: x.firsts[i]! })));
  items.sort((a, b) => a.w[0] - b.w[0]);
  const groups: (typeof items)[] = [];
  const hulls = new Map<DatedWeekday, Map<DaySpan, DaySpan>>();
  let reach = -Infinity;
  for (const it of items) {
    if (it.w[0] > reach + 1) groups.push([]);
    groups[groups.length - 1]!.push(it);
    reach = Math.max(reach, it.w[1]);
  }
  for (const g of groups) {
    if (new Set(g.map((it) => it.x)).size < 2) continue;
    const lo = Math.max(...g.map((it) => it.w[0]));
    const hi = Math.min(...g.map((it) => it.w[1]));
    // A day told as done may lie before where the weeks meet, one to come after it; an untold one inside.
    const apart = lo > hi || g.some((it) => (it.x.e.tense !== 'future' && it.day + it.x.extra > hi) || (it.x.e.tense !== 'past' && it.day < lo));
    if (!apart) continue;
    // A day told as done still puts the article on or after it. Not a day told to come before it: a
    // chronicle's headers in the historical present («الأحد 17 تشرين الثاني: بيدرسن يلتقي …») read as such.
    const first = Math.min(...g.map((it) => it.w[0]));
    const last = Math.max(...g.map((it) => it.w[1]));
    const done = Math.max(first, ...g.filter((it) => it.x.e.tense === 'past').map((it) => it.day));
    const hull: DaySpan = [done <= last ? done : first, last];
    for (const it of g) {
      const byWindow = hulls.get(it.x) ?? new Map<DaySpan, DaySpan>();
      byWindow.set(it.w, hull);
      hulls.set(it.x, byWindow);
    }
  }
  // Each clue of a chronicle, its windows in a group replaced by the group's stretch.
  const out = new Map<Clue, Clue>();
  for (const [x, byWindow] of hulls) {
    const windows = x.clue.windows.map((w) => byWindow.get(w) ?? w);
    const { e, fits } = x;
    out.set(x.clue, { ...x.clue, windows, score: (d) => { const r = resolveAt(e, d, undefined, false); return r && fits(r.span[0]) && windows.some(([a, b]) => a <= d && d <= b && a <= r.span[0] && r.span[0] <= b) ? 1 : 0; } });
  }
  return out;
}

/** The days on which a year-less date reads as `span`: as `near`, but an untensed date means its
 *  nearest occurrence, within half a year. */
function nearestReading(e: Expr, span: DaySpan): DaySpan {
  const w = near(e, span);
  return e.stated.rel === undefined && e.tense !== 'future' && e.tense !== 'past' ? [span[0] - 182, span[1] + 182] : w;
}

/** The same day of the month `years` away; null for a 29 February that year has not. */
function yearsAway(day: number, years: number): number | null {
  const c = civilFromDays(day);
  const y = c.year + years;
  return c.day > monthLength(y, c.month) ? null : daysFromCivil(y, c.month, c.day);
}

/** Where the article can be for a week or a month counted from it («الأسبوع المقبل»، «الشهر الماضي») to
 *  fall on `span`: that many weeks or months off it, not the year a named month's «المقبل» may reach.
 *  Null for any other expression. */
function countedReach(s: Stated, kind: Expr['kind'], span: DaySpan): DaySpan | null {
  const k = s.rel ?? 0;
  // A calendar week, under any convention, starts within the six days before its day.
  if (kind === 'relative-week') return [span[0] - 7 * k - 6, span[1] - 7 * k + 6];
  if (kind !== 'relative-month' || s.month !== undefined || s.period !== 'month') return null;
  const first = civilFromDays(span[0]);
  const last = civilFromDays(span[1]);
  const from = addMonths(first.year, first.month, -k);
  const to = addMonths(last.year, last.month, -k);
  return [monthSpan(from.year, from.month)[0], monthSpan(to.year, to.month)[1]];
}

/** Where the article can be for a year-less date to mean `span`: within a year on the side its
 *  qualifier or tense says, and not on the same days of the year before or after, where the date reads
 *  as those («تستضيف سوتشي يومي 30 و31 تموز الجولة العاشرة», said on 31 July 2017, is of 2017's days). */
export function near(e: Expr, span: DaySpan): DaySpan {
  const counted = countedReach(e.stated, e.kind, span);
  if (counted) return counted;
  const rel = e.stated.rel;
  if (rel === 0) return [span[0] - 31, span[1] + 31];
  // «يومي 1 و2 أغسطس المقبل»، «الثالث من الشهر المقبل»: the month is the next one, so the article is in a
  // month before it (said in August, it would be «الجاري»), as far back as the same month a year before,
  // where «المقبل» still means this one.
  if (rel === 1 && e.stated.month !== undefined) { const c = civilFromDays(span[0]); return [span[0] - 366, daysFromCivil(c.year, c.month, 1) - 1]; }
  if (rel === 1 || (rel === undefined && e.tense === 'future')) {
    const before = yearsAway(span[1], -1);
    return [before === null ? span[0] - 366 : before + 1, span[1]];
  }
  if (rel === -1 || (rel === undefined && e.tense === 'past')) {
    const after = yearsAway(span[0], 1);
    return [span[0], after === null ? span[1] + 366 : after - 1];
  }
  return [span[0] - 366, span[1] + 366];
}

const TALKS_WORD = new RegExp(`(?<![\\p{L}])[وفبل]?(?:${alternation([...TALKS_NOUNS, ...definite(TALKS_NOUNS), ...ROUND_NOUNS_SINGULAR])})(?![\\p{L}])`, 'u');
const ROUND_WORD_BEFORE = new RegExp(`(?<![\\p{L}])[وفبل]?(?:${alternation(ROUND_WORDS)})(?:\\s+[\\p{L}]+){0,2}?\\s+(?:(?:${alternation(ROUND_TRACK_LINKS)})\\s+)+$`, 'u');

/** Tracks whose rounds a sentence speaks of: those of its round references, and a track attached to a
 *  round word ("الجولة الجديدة من محادثات صيغة أستانا"). A track or city merely named is not enough. */
function roundTracks(e: Expr, ctx: ClueContext): Set<string> {
  const tracks = new Set<string>();
  for (const x of ctx.exprs) if (x.kind === 'round' && x.sentence === e.sentence) for (const c of x.candidates) tracks.add(c.round.track);
  for (const t of ctx.mentions) {
    if (t.start < e.sentence[0] || t.end > e.sentence[1]) continue;
    if (ROUND_WORD_BEFORE.test(ctx.folded.slice(Math.max(e.sentence[0], t.start - 60), t.start))) tracks.add(t.track);
  }
  if (tracks.size > 0) return tracks;
  // "المحادثات … التي ستجري في 23 يناير" with the talks' city named in another sentence: the talks of
  // the article are those of the one or two tracks it names.
  const sentence = ctx.folded.slice(e.sentence[0], e.sentence[1]);
  if (!TALKS_WORD.test(sentence)) return tracks;
  const named = new Set(ctx.mentions.map((t) => t.track));
  return named.size <= 2 ? named : tracks;
}


/** The months of a span's first and last days. */
const monthsOf = (start: number, end: number): [number, number] => [civilFromDays(start).month, civilFromDays(end).month];

/** A round's first and last months, and those of each span it was announced for, in the catalog's order. */
interface RoundMonths { own: [number, number]; planned: { span: DaySpan; months: [number, number] }[] }

/** Each catalog round's months, once per catalog: every year-less day of a named month asks them of every
 *  round of its tracks, and a day to come of every span they were announced for too. */
const ROUND_MONTHS = new WeakMap<RoundDays[], RoundMonths[]>();
function roundMonths(days: RoundDays[]): RoundMonths[] {
  let months = ROUND_MONTHS.get(days);
  if (!months) {
    ROUND_MONTHS.set(days, (months = days.map((d) => ({
      own: monthsOf(d.start, d.end),
      planned: [...d.planned, ...d.plannedAround].map((span) => ({ span, months: monthsOf(span[0], span[1]) })),
    }))));
  }
  return months;
}

/** «الذي يعقد »، «التي تستمر »: a relative pronoun and a present verb right before a day. */
const RELATIVE_PRESENT_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(RELATIVE_PRONOUNS.map(foldArabic))})\\s+[يت]\\p{L}+\\s+$`, 'u');

/** How many rounds a name may stand for and still be the rounds a day beside it is of: «جنيف 3» names
 *  three sessions; the foreign ministers of the guarantors a dozen meetings. */
const NAMED_ROUNDS_AT_MOST = 4;

const UNTIL_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(UNTIL_PREPOSITIONS)})\\s*(?:يوم\\s+)?$`, 'u');
const SUSPEND = new RegExp(`(?<![\\p{L}])[وف]?(?:${alternation(SUSPEND_WORDS)})(?![\\p{L}])`, 'u');
/** «علّق المحادثات حتى 25 شباط»: the day a pause told before it in its sentence lasts until. */
function suspendedUntil(e: Expr, lead: string, folded: string): boolean {
  return UNTIL_BEFORE.test(lead) && SUSPEND.test(folded.slice(e.sentence[0], e.start));
}

/** A year-less day in a sentence about a round: the catalog rounds of that track on those days give the year. */
function catalogClue(e: Expr, ctx: ClueContext): Clue | null {
  // Only a day of a named month: a month or a month part ("نهاية أكتوبر") fits some round of almost any
  // track, and "28 من الشهر الماضي" some round's 28th in almost any month.
  if (!ctx.aboutTalks || e.stated.month === undefined || e.stated.day === undefined) return null;
  // «بحلول 11 شباط»، «منذ 30 كانون الأول»: a deadline or a day counted from, not a day a round met on.
  const lead = ctx.folded.slice(Math.max(e.sentence[0], e.start - 16), e.start);
  if (DEADLINE_BEFORE.test(lead) || SINCE_BEFORE.test(lead) || suspendedUntil(e, lead, ctx.folded)) return null;
  const tracks = roundTracks(e, ctx);
  if (tracks.size === 0) return null;
  // The round named last before the day, by a name of a few rounds («جنيف 3», its three sessions): a day
  // after «القمة العربية المقررة في جدة» is that summit's, not the day of another meeting of its track
  // whose weeks it falls in (a donors' conference of four weeks). A name of many narrows nothing.
  let before: Expr | undefined;
  for (const x of ctx.exprs) if (x.kind === 'round' && x.sentence === e.sentence && x.end <= e.start && (!before || x.start > before.start)) before = x;
  const named = before && before.candidates.length <= NAMED_ROUNDS_AT_MOST ? new Set(before.candidates.map((c) => c.round.id)) : null;
  const hits: { id: string; span: DaySpan; planned?: boolean }[] = [];
  const month = e.stated.month;
  const { yearRel: _yearRel, ...plain } = e.stated;
  // Read the expression as if written in the round's month: does it land on the round's days?
  const asWritten: Expr = { ...e, tense: null, stated: { ...plain, rel: 0 } };
  const lands = (start: number, end: number, months: [number, number]): boolean => {
    // Only a round in the month named can share its days (asked first: reading the date costs more).
    if (months[0] !== month && months[1] !== month) return false;
    const probe = resolveAt(asWritten, start);
    return probe !== null && spansOverlap(probe.span, [start, end]);
  };
  const days = roundDays(ctx.rounds);
  const months = roundMonths(days);
  for (let i = 0; i < days.length; i++) {
    const { round: r, start, end } = days[i]!;
    if (!tracks.has(r.track) || (named && !named.has(r.id))) continue;
    const { own, planned } = months[i]!;
    if (lands(start, end, own)) hits.push({ id: r.id, span: [start, end] });
    // A day still to come may be one the round was announced for before it was put off.
    if (e.tense === 'future') for (const { span: [a, b], months: m } of planned) if (lands(a, b, m)) hits.push({ id: r.id, span: [a, b], planned: true });
  }
  // Four rounds at most, however many of their announced days the date also fits.
  if (hits.length === 0 || new Set(hits.map((h) => h.id)).size > 4) return null;
  // The days from which the year-less date reads as that round's: the year before it when it is to
  // come, the year after when past, within half a year either side when the text does not say.
  // «من العام الماضي»: the article is in the year after the round's.
  const counted = e.stated.yearRel;
  const windows = hits.map((h) => (counted === undefined ? nearestReading(e, h.span) : yearSpan(civilFromDays(h.span[0]).year - counted)));
  return {
    weight: 3, family: 'catalog', start: e.start, end: e.end,
    windows, flat: true,
    note: { code: 'catalog-days', rounds: hits.map((h) => ({ id: h.id, span: formatSpan(h.span), ...(h.planned ? { planned: true } : {}) })) },
    score: (d) => (windows.some(([a, b]) => d >= a && d <= b) ? 1 : 0),
  };
}
