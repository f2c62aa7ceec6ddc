import { KNOWN_OUTLETS } from '../../lib/lexicon/outlets.ts';
import { lineSignals, type LineSignals } from './line-signals.ts';
import { storyHeadBefore, teaserDates } from './teaser-pairs.ts';
import { holdsDayMonth } from './shape-signals.ts';
import { ageLine } from '../shared/age-line.ts';
import { titleDateSegment } from './title-date-segment.ts';
import { breakingTickers } from './breaking-ticker.ts';
import { BREAKING_TICKER } from './other-story-shape.ts';
import { sharesTopic } from './shared-topic.ts';
import { underLiveWidget } from './live-widget.ts';
import { archiveListLines } from './box-lines.ts';
import { foldLines } from '../shared/fold-line.ts';
import { WEEKDAY_LEADS, WEEKDAY_NAMES } from '../../lib/lexicon/calendar.ts';
import { PUBLISHED_LINE_LABELS } from '../../lib/lexicon/stamp-words.ts';
import { alternation } from '../../lib/alternation.ts';

const PUBLISHED_LINE = new RegExp(`^\\s*(?:${alternation(PUBLISHED_LINE_LABELS)})(?![\\p{L}])`, 'iu');

/** A 'stamp' (publication or update date) leaves the story but stays in the text the date engine reads. */
export type LineRole = 'blank' | 'title' | 'body' | 'outlet' | 'furniture' | 'duplicate' | 'stamp';

export interface LineVerdict {
  role: LineRole;
  /** Why a line was dropped (for the article's report), empty for story lines. */
  reason: string;
}

export interface LineClassification {
  verdicts: LineVerdict[];
  title: number | null;
  /** The title line reads like the story's first paragraph (a lead, not a headline): it stays in the body too. */
  titleInBody: boolean;
  outlet: string | null;
  /** Each line folded as foldLine folds it: the story's text is made of these lines, so its fold is theirs. */
  folded: string[];
}

const MAX_TITLE_WORDS = 35;
/** Words a headline of another story listed after the story may run to. */
const TEASER_WORDS = 14;
/** Content words a headline swallowed by a block above it shares with its lead. */
const HEADLINE_SHARES = 3;
/** A browser's print header: the day and time of the print («13/02/2026, 10:35», «2/13/26, 10:35 AM»). */
const PRINT_HEADER = /^\s*[\d٠-٩]{1,2}[/.][\d٠-٩]{1,2}[/.][\d٠-٩]{2,4},?\s+[\d٠-٩]{1,2}:[\d٠-٩]{2}(?:\s*[AaPp][Mm])?(?:\s|$)/u;
/** Its footer: the page's address and the page's number («https://… 1/2»). */
const PRINT_FOOTER = /^\s*https?:\/\/\S+\s+\d{1,3}\/\d{1,3}\s*$/u;
/** Furniture of a site's header: what a date above it belongs to. */
const HEADER_REASONS = new Set(['section label', 'breadcrumb or menu', 'link to another story', 'page interface', 'weather']);
const LEAD_WORDS = 15;
/** Words a live box's own dated line may have: a figure or two beside its day. */
const LIVE_LINE_WORDS = 12;
/** A story's own date stands right beside its age, no line between. */
const AGE_REACH = 1;
/** Lines of a site's menu, one label each: more than a breadcrumb, the header of every page. */
const MENU_LINES = 3;

/** Words no teaser, caption or label reaches. */
const WHOLE_PARAGRAPH = 60;

/** A full paragraph of a story: long enough and ending like a sentence. */
/** A sentence that goes on from the one before: its first word with «و» or «ف» written onto it. */
const GOES_ON = /^[وف]\p{L}{2,}/u;
const GOES_ON_WORDS = 6;

function isStory(s: LineSignals): boolean {
  return s.words >= 15 && s.sentenceEnd;
}

function furnitureReason(s: LineSignals): string {
  // Before a bare «12°»'s no words and the Latin letters of «18°C»: the weather marks a page's header.
  if (s.weather) return 'weather';
  if (s.noWords) return 'no words';
  if (s.latinShort) return 'interface or credit in Latin letters';
  if (s.disclaimer) return 'disclaimer';
  if (s.navigation) return 'link to another story';
  if (s.runTogether) return 'other headlines run together';
  if (s.postSignature) return 'signature of an embedded post (its date is the post\'s)';
  if (s.otherStory) return s.otherStory;
  if (s.prayerBox) return 'prayer times';
  if (s.issueNumber) return 'issue number';
  if (s.markerTeaser) return 'section marker with its teaser';
  if (s.separated && s.arrows) return 'breadcrumb or menu';
  if (s.interface) return 'page interface';
  if (s.callToAction) return 'call to action';
  if (s.shownDay) return 'the day the page was printed or visited';
  return '';
}

/** A navigation label with no headline after it on its line («السابق»، «الخبر التالي»). */
const NAVIGATION_LABEL_WORDS = 2;

/**
 * Tells story lines from site furniture by general signals: calls to action and interface words on
 * short lines, section markers (what follows them is other stories or comments until a story paragraph
 * comes back), repetition, and short standalone lines at the head or foot (masthead, section label).
 */
export function classifyLines(lines: readonly string[]): LineClassification {
  const signals = lines.map(lineSignals);
  const verdicts: LineVerdict[] = signals.map((s, i) => ({ role: s.words === 0 && !(s.noWords && lines[i]!.trim() !== '') ? 'blank' : 'body', reason: '' }));
  const drop = (i: number, reason: string) => {
    if (verdicts[i]!.role === 'body') verdicts[i] = { role: 'furniture', reason };
  };
  const wordsFrom = (from: number, to: number) => signals.slice(from, to).reduce((n, s) => n + s.words, 0);
  // What stands above a block: with a story paragraph there, every line counts (the page's header and the
  // story both come before its foot); with none, only the lines still taken for the story, so a run of other
  // headlines at the top makes no foot of a block just under the headline.
  const wordsAbove = (to: number) => {
    const storyAbove = signals.slice(0, to).some((s, k) => verdicts[k]!.role === 'body' && isStory(s));
    return storyAbove ? wordsFrom(0, to) : signals.slice(0, to).reduce((n, s, k) => n + (verdicts[k]!.role === 'body' ? s.words : 0), 0);
  };

  signals.forEach((s, i) => {
    const reason = furnitureReason(s);
    if (reason) drop(i, reason);
  });
  for (const i of archiveListLines(signals)) drop(i, 'archive list of months');
  // «السابق» or «التالي» alone on its line, the other story's headline on the next: that headline too.
  signals.forEach((s, i) => {
    if (!s.navigation || s.words > NAVIGATION_LABEL_WORDS) return;
    let j = i + 1;
    while (j < signals.length && signals[j]!.words === 0) j++;
    const t = signals[j];
    if (t && !isStory(t) && t.words <= MAX_TITLE_WORDS) drop(j, 'link to another story');
  });
  // A page printed from a browser (to paper or PDF) carries the print's day and time before the page's
  // title on its first line, and the page's address and number at each page's foot: that day is the
  // print's, and the title is printed again below.
  // The page's first line with words: its header's, its print's or its story's.
  const opening = verdicts.findIndex((v) => v.role !== 'blank');
  // «عاجل | دي ميستورا يعلن بدء الجولة السادسة …» opening the page is its own breaking item (a TV site's, a
  // channel's post), its lead or nothing after it; one above a headline of the page's own story is a ticker
  // of another («عاجل | انطلاق الجولة الثانية عشرة …» over «وفد المعارضة يصل إلى أستانا»), and one above the
  // lead that shares none of its words is still told apart as a ticker below.
  if (opening >= 0 && verdicts[opening]!.reason === BREAKING_TICKER) {
    const next = verdicts.findIndex((v, k) => k > opening && v.role === 'body' && signals[k]!.words > 0);
    const headline = next >= 0 && signals[next]!.words <= MAX_TITLE_WORDS && !signals[next]!.sentenceEnd;
    if (!headline) verdicts[opening] = { role: 'body', reason: '' };
  }
  if (opening >= 0 && PRINT_HEADER.test(lines[opening]!) && lines.some((l) => PRINT_FOOTER.test(l))) {
    verdicts[opening] = { role: 'furniture', reason: 'the day the page was printed or visited' };
    lines.forEach((l, i) => { if (PRINT_FOOTER.test(l)) drop(i, 'a printed page\'s address and number'); });
  }
  for (let i = 0; i < signals.length; i++) {
    const s = signals[i]!;
    if (!s.marker || verdicts[i]!.role === 'blank') continue;
    drop(i, 'section marker');
    // A comments or related block at the foot never returns to the story.
    const terminal = s.terminalMarker && wordsFrom(i + 1, signals.length) < wordsAbove(i);
    let j = i + 1;
    for (; j < signals.length; j++) {
      const t = signals[j]!;
      if (t.words === 0) continue;
      // A paragraph too long for any teaser is the story's, ending or not like a sentence (a pasted
      // story on one line).
      // «وشارك في الجولة وفد أممي …»: a sentence that goes on from the story («و»، «ف» before its first word),
      // short of a whole paragraph: the story again (a teaser's title opens on its own subject).
      if (!terminal && (isStory(t) || t.words >= WHOLE_PARAGRAPH || (t.sentenceEnd && t.words >= GOES_ON_WORDS && GOES_ON.test(t.folded)))) break;
      drop(j, `after section marker «${lines[i]!.trim()}»`);
    }
    // A block that runs up to a story paragraph has swallowed that story's headline and stamp, unless the
    // story began above it («اقرأ أيضاً» after the lead, its teaser's title and day before the next paragraph).
    // The lines of three words or more above the block that may still be story (a date line may be a header's).
    const above = signals.slice(0, i).filter((t, k) => verdicts[k]!.role === 'body' && t.words >= 3);
    const storyAbove = above.some((t) => isStory(t) || !t.dateLine);
    if (j < signals.length && !terminal && !storyAbove) for (const k of storyHeadBefore(signals, j)) if (k > i) verdicts[k] = { role: 'body', reason: '' };
    // A block at the page's top («آخر الأخبار» and its teasers) has swallowed the headline right above the
    // story when nothing above the block could be one: the line that repeats the lead's words, with no
    // date of its own (a teaser's). Teasers of the talks share a word or two with any lead of theirs
    // («الجولة المقبلة»): three.
    if (j < signals.length && !terminal) {
      let h = j - 1;
      while (h > i && signals[h]!.words === 0) h--;
      const s = signals[h]!;
      if (h > i && above.length === 0 && s.words >= 3 && s.words <= MAX_TITLE_WORDS && !s.sentenceEnd && !s.dateLine && !holdsDayMonth(s.folded) &&
        titleDateSegment(lines[h]!) === null && sharesTopic(s.folded, signals[j]!.folded, HEADLINE_SHARES)) verdicts[h] = { role: 'body', reason: '' };
    }
    i = j - 1;
  }
  const seen = new Set<string>();
  signals.forEach((s, i) => {
    if (verdicts[i]!.role === 'blank') return;
    if (seen.has(s.folded)) verdicts[i] = { role: 'duplicate', reason: 'repeated line' };
    else seen.add(s.folded);
  });

  const story = signals.map((s, i) => verdicts[i]!.role === 'body' && isStory(s));
  const firstStory = story.indexOf(true) === -1 ? signals.length : story.indexOf(true);
  const lastStory = story.lastIndexOf(true);
  // Other stories' headlines after the story, with no marker over them («اقرأ أيضاً»): two or more
  // headline-shaped lines in a row, nothing after them but furniture. A story's own last words end like
  // a sentence (or a clause, cut off), or run longer.
  if (lastStory >= 0) {
    // Date lines are left to the teaser pairs and the stamps below.
    const after = signals.map((_, k) => k).filter((k) => k > lastStory && verdicts[k]!.role === 'body' && !signals[k]!.dateLine);
    const headlineShaped = (k: number) => { const t = signals[k]!; return t.words >= 3 && t.words <= TEASER_WORDS && !t.sentenceEnd && !/[:：،,؛;]\s*$/u.test(lines[k]!); };
    if (after.length >= 2 && after.every(headlineShaped)) for (const k of after) drop(k, 'other stories\' headlines after the story');
  }
  // A list or segments between slashes, bars or dots is furniture (tags, a breadcrumb, a menu) above or
  // below the story or next to a section marker; between story paragraphs it is the story's own list
  // («أبرز البنود: وقف إطلاق النار، إطلاق المعتقلين», «جنيف / أستانا / سوتشي»).
  const nextToMarker = (i: number) => ([-1, 1] as const).some((step) => {
    const j = nearestLine(verdicts, i, step);
    return j >= 0 && j < signals.length && (signals[j]!.marker || signals[j]!.markerTeaser);
  });
  signals.forEach((s, i) => {
    if (!s.separated && !s.labelList) return;
    if (i > firstStory && i < lastStory && !nextToMarker(i)) return;
    drop(i, s.separated ? 'breadcrumb or menu' : 'label and list (tags)');
  });
  // Teasers' dates are other stories' days.
  for (const k of teaserDates(signals, firstStory, lastStory)) drop(k, 'date of another story (teaser list)');
  // A date line with a time, or one above or below the story, is the page's stamp: out of the story, kept for dating.
  signals.forEach((s, i) => {
    if (verdicts[i]!.role === 'body' && s.dateLine && (s.time || i < firstStory || i > lastStory)) verdicts[i] = { role: 'stamp', reason: 'publication stamp (kept for dating)' };
  });
  // A day and month the page opens on («الجمعة 13 فبراير») is its header's or the story's: kept in its
  // place for the engine to weigh; elsewhere a year-less date line may be the story's own list.
  if (opening >= 0 && opening < firstStory && verdicts[opening]!.role === 'body' && signals[opening]!.dayMonth) verdicts[opening] = { role: 'stamp', reason: 'publication stamp (kept for dating)' };
  let outlet: string | null = null;
  signals.forEach((s, i) => {
    if (verdicts[i]!.role !== 'body' || (i > firstStory && i < lastStory) || s.words > 5 || s.sentenceEnd) return;
    const known = KNOWN_OUTLETS[s.folded];
    if (known) {
      verdicts[i] = { role: 'outlet', reason: 'outlet name' };
      outlet ??= known;
    } else if (s.sectionLabel && i < firstStory) {
      drop(i, 'section label');
    } else if (i > lastStory && lastStory !== -1 && s.words <= 3) {
      // A few words without a sentence after the story: a widget header, a tag, a signature.
      drop(i, 'label after the story');
    }
  });

  // A date above the site's masthead, menu or section labels is the page header's «today»: the day the
  // page was shown or saved («الجمعة 13 فبراير 2026» over «الرئيسية»), not the story's stamp.
  // So is a date right below them, with nothing but the header above it, when the page has a stamp of
  // its own elsewhere (beside the title, at the story's foot): two stamps, and the header's is the day's;
  // or when a whole menu stands above it (a breadcrumb's one line is often followed by the story's date).
  const firstBody = verdicts.findIndex((v) => v.role === 'body');
  const isHeader = (v: LineVerdict): boolean => v.role === 'outlet' || (v.role === 'furniture' && HEADER_REASONS.has(v.reason));
  const stamps = verdicts.flatMap((v, i) => (v.role === 'stamp' ? [i] : []));
  for (let i = 0; i < (firstBody === -1 ? verdicts.length : firstBody); i++) {
    // «نشر في: 22/09/2023» under the masthead names its day as the story's, whatever other dates the page holds.
    if (verdicts[i]!.role !== 'stamp' || PUBLISHED_LINE.test(signals[i]!.folded)) continue;
    const above = verdicts.slice(0, i).filter((v) => v.role !== 'blank');
    const underHeader = above.length > 0 && above.every(isHeader) && (stamps.length > 1 || above.length >= MENU_LINES);
    if (underHeader || verdicts.slice(i + 1, firstBody).some(isHeader)) {
      verdicts[i] = { role: 'furniture', reason: 'the day the page was shown (site header)' };
    }
  }

  // A page that shows the story's age («منذ 7 سنوات») prints an absolute date away from it (in its
  // header, at its foot) as the day it was shown; one beside the age is the story's own.
  const ages = signals.flatMap((s, i) => (ageLine(s.folded) === 'days' ? [i] : []));
  const nearAge = (i: number): boolean => ages.some((a) => {
    const [from, to] = a < i ? [a, i] : [i, a];
    return verdicts.slice(from + 1, to).filter((v) => v.role !== 'blank').length < AGE_REACH;
  });
  if (ages.length > 0) verdicts.forEach((v, i) => { if (v.role === 'stamp' && !nearAge(i)) verdicts[i] = { role: 'furniture', reason: 'the day the page was shown (the story shows its age)' }; });

  // «آخر تحديث: 2024-04-19» under «الليرة السورية لحظة بلحظة»: a live box's day is the day the page was shown;
  // «ينتهي الاستطلاع في 30 حزيران 2022», a short line of a poll's, is the box's too.
  const folded = signals.map((s) => s.folded);
  const blank = verdicts.map((v) => v.role === 'blank');
  verdicts.forEach((v, i) => {
    const stamp = v.role === 'stamp';
    const dated = stamp || (v.role === 'body' && !isStory(signals[i]!) && holdsDayMonth(signals[i]!.folded));
    // A short dated line of a box's own («سعر الدولار اليوم الأربعاء 13 مارس 2024: 13500 ليرة») is its day too.
    const ownLine = stamp || (dated && signals[i]!.words <= LIVE_LINE_WORDS);
    if (dated && underLiveWidget(folded, blank, i, ownLine)) verdicts[i] = { role: 'furniture', reason: 'the day a live box shows (rates, weather)' };
  });

  // «فعاليات قادمة» over «15 آذار 2017» over «ندوة حول مستقبل الحل السياسي»: after the story, a date line
  // between a widget's heading and a line of text is that box's item (an event, another story), not the
  // story's stamp (read as one, such a box dated 66 of the 153 training and held-out stories to its day).
  verdicts.forEach((v, i) => {
    if (v.role !== 'stamp' || lastStory === -1 || i <= lastStory) return;
    const above = nearestLine(verdicts, i, -1);
    const below = nearestLine(verdicts, i, 1);
    if (verdicts[above]?.reason === 'label after the story' && verdicts[below]?.role === 'body') verdicts[i] = { role: 'furniture', reason: 'the day of a box after the story' };
  });

  // With no paragraph ending like a sentence, the first long line is the lead.
  const lead = firstStory < signals.length ? firstStory : signals.findIndex((s, i) => verdicts[i]!.role === 'body' && s.words >= LEAD_WORDS);
  for (const i of breakingTickers(signals.map((s) => s.folded), (i) => verdicts[i]!.role === 'body', lead)) drop(i, BREAKING_TICKER);
  let title: number | null = null;
  for (let i = 0; i < firstStory; i++) {
    const s = signals[i]!;
    if (verdicts[i]!.role !== 'body' || s.words < 3 || s.words > MAX_TITLE_WORDS) continue;
    if (title === null || s.words > signals[title]!.words) title = i;
  }
  if (title === null) {
    const first = verdicts.findIndex((v, i) => v.role === 'body' && signals[i]!.words >= 3);
    if (first !== -1) title = first;
  }
  // A long first line may be the story's lead rather than a headline ("وصل الوفد ... الذي ينطلق يوم غد"):
  // it stays in the body too, so no sentence is lost, and the title is its opening words.
  // A headline with the page's date at one end («… المذكرة | 16 مايو 2017») is judged by its own words.
  const cut = title === null ? null : titleDateSegment(lines[title]!);
  const headline = title === null ? null : cut ? lineSignals(lines[title]!.slice(...cut.headline)) : signals[title]!;
  let titleInBody = headline !== null && (isStory(headline) || headline.words >= LEAD_WORDS);
  // ... unless a headline-sized line stands right above the lead: that line is the headline.
  if (title !== null && titleInBody) {
    const above = headlineAbove(title, verdicts, signals, lines);
    if (above !== null) {
      title = above;
      titleInBody = false;
    }
  }
  if (title !== null && !titleInBody) verdicts[title] = { role: 'title', reason: '' };
  markBlankHead(verdicts, signals, title === null || titleInBody ? firstStory : Math.min(title, firstStory));
  return { verdicts, title, titleInBody, outlet, folded: signals.map((s) => s.folded) };
}

/** The nearest line above (step -1) or below (1) that is not blank: -1 or the length past either end. */
function nearestLine(verdicts: readonly LineVerdict[], i: number, step: 1 | -1): number {
  let j = i + step;
  while (j >= 0 && j < verdicts.length && verdicts[j]!.role === 'blank') j += step;
  return j;
}

/** «اليوم الخميس»، «الأحد» alone: a page header's day, with no other word. */
const WEEKDAYS = new Set(foldLines(Object.values(WEEKDAY_NAMES).flat().flatMap((w) => [w, `ال${w}`])));
const LEADS = new Set(foldLines(WEEKDAY_LEADS));
const weekdayAlone = (s: LineSignals): boolean => {
  const words = s.folded.split(' ');
  return words.length <= 2 && WEEKDAYS.has(words[words.length - 1]!) && (words.length === 1 || LEADS.has(words[0]!));
};

/**
 * Above the headline, a weekday alone («الأحد») or a clock with one («الأحد 10:45 صباحاً») is dropped:
 * whose day it is, the header's or the story's, is unknown, and read first it took the lead's place. A
 * date under it, as under any furniture (a close button, a video's length, the weather), still opens the
 * page, where the engine weighs it as the story's day or the page's.
 */
function markBlankHead(verdicts: LineVerdict[], signals: readonly LineSignals[], head: number): void {
  for (let i = 0; i < head; i++) {
    const v = verdicts[i]!;
    const s = signals[i]!;
    if (v.role === 'body' && weekdayAlone(s)) verdicts[i] = { role: 'furniture', reason: 'the day the page was shown (a weekday alone)' };
    else if (v.role === 'stamp' && !/\d{4}/u.test(s.folded) && !holdsDayMonth(s.folded)) verdicts[i] = { role: 'furniture', reason: 'a clock or a weekday above the headline, with no date' };
  }
}

const HEADLINE_MIN_WORDS = 5;

/** The story line just above `lead` (blank lines between allowed) when it reads as a headline: a few words, not a sentence of numbers. */
function headlineAbove(lead: number, verdicts: readonly LineVerdict[], signals: readonly LineSignals[], lines: readonly string[]): number | null {
  let i = lead - 1;
  while (i >= 0 && verdicts[i]!.role === 'blank') i--;
  if (i < 0 || verdicts[i]!.role !== 'body') return null;
  const s = signals[i]!;
  const numbers = lines[i]!.match(/\p{N}+/gu)?.length ?? 0;
  return s.words >= HEADLINE_MIN_WORDS && s.words < LEAD_WORDS && !isStory(s) && numbers <= 2 ? i : null;
}
