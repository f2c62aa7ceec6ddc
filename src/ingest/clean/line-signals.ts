import { foldLines, wordsOnly } from '../shared/fold-line.ts';
import { foldFast } from '../shared/fold-fast.ts';
import { hasPhrase, startsWithPhrase } from './has-phrase.ts';
import {
  CALL_TO_ACTION_OPENERS, CALL_TO_ACTION_WORDS, CONTROL_LINES, DISCLAIMER_WORDS, INTERFACE_WORDS, NAVIGATION_OPENERS,
  SECTION_LABELS, SECTION_MARKERS, SHOWN_DAY_WORDS, TERMINAL_MARKERS,
} from '../../lib/lexicon/furniture.ts';
import { dayMonthShape, weatherShape, isLabelList, isMarkerTeaser, isReaderPrompt, isSeparated, monthYearShape, stampShape } from './shape-signals.ts';
import { otherStoryShape, type OtherStory } from './other-story-shape.ts';
import { isIssueLine, isPrayerBoxLine } from './box-lines.ts';

export interface LineSignals {
  folded: string;
  words: number;
  /** Ends like a sentence (. ؟ ! possibly before a closing quote), not with an ellipsis. */
  sentenceEnd: boolean;
  ellipsisEnd: boolean;
  callToAction: boolean;
  marker: boolean;
  terminalMarker: boolean;
  interface: boolean;
  navigation: boolean;
  disclaimer: boolean;
  sectionLabel: boolean;
  /** A short line mostly in Latin letters inside an Arabic page: a button or a credit ("copy short url", "+ A"). */
  latinShort: boolean;
  /** Nothing but a small number or punctuation (share counters, separators); a year or a date is kept. */
  noWords: boolean;
  /** Short segments between separators: a breadcrumb or a menu («الرئيسية » سياسة » سوريا»). */
  separated: boolean;
  /** The segments are joined by arrows (» › > ← →), never punctuation of a sentence: a breadcrumb wherever it stands. */
  arrows: boolean;
  /** A short label, a colon and a list of short items: tags, keywords («كلمات دلالية: سوريا، أستانا»). */
  labelList: boolean;
  /** A section marker with its teaser on the same line («اقرأ أيضاً: …»). */
  markerTeaser: boolean;
  /** Mostly a date or a time with a short label: a publication or update stamp («نشر في: 30 تموز 2018 - 10:15»). */
  dateLine: boolean;
  /** A day of a named month with no year, alone on its line («الجمعة 13 فبراير»). */
  dayMonth: boolean;
  /** A site's weather alone on its line («دمشق 12°»). */
  weather: boolean;
  /** A date line labelled as the day the page was printed or visited («تاريخ الطباعة: …»). */
  shownDay: boolean;
  /** The date line holds a clock time (a stamp wherever it stands). */
  time: boolean;
  /** The signature an embedded post leaves under its text («— Syrian Embassy (@SyrianEmbassy) March 3, 2019»):
   *  its date is the post's, not the story's. */
  postSignature: boolean;
  /** Several headlines run together without spaces ("…التمويل!لماذا ألمانيا…؟؟!!طلب"): a ticker of other stories. */
  runTogether: boolean;
  /** A prayer-times box's line («الفجر 4:35») or title. */
  prayerBox: boolean;
  /** A print newspaper's issue number with no date («العدد 14356»). */
  issueNumber: boolean;
  /** A month and its year alone on the line («يناير 2019»): an archive's list has one a line. */
  monthYear: boolean;
  /** A photo caption, a ticker or a banner of another topic («صورة أرشيفية 2019/05/21», «كورونا: 456 إصابة …»). */
  otherStory: OtherStory | null;
}

/** Folded on load as the lines are: «الرئيسية» and «شؤون عربية» were written half-folded and never matched. */
const LABELS = new Set(foldLines(SECTION_LABELS));
const CONTROLS = new Set(foldLines(CONTROL_LINES));

const SENTENCE_END = /[.!?؟!。][\s"'»”’)\]]*$/u;
// A letter right after ! ? ؟ … starts a new headline glued to the last; a letter right after ة or ى
// (which only end words) is another seam. One seam is a typo; two after punctuation and three in all are a ticker.
const PUNCTUATION_SEAM = /[!?؟…][\u0621-\u064A]/gu;
const WORD_END_SEAM = /[\u0629\u0649][\u0621-\u064A]/gu;
/** A dash, the poster's name and handle, then the post's date: Twitter's and X's embed code as text. */
const POST_SIGNATURE = /^[\s"'“”«»]*[—–―-]{1,2}\s*[^\n]{1,80}?\(@[A-Za-z0-9_]{1,30}\)\s*\S/u;
const ELLIPSIS_END = /(?:…|\.\.\.)[\s"'»”’)\]]*$/u;

/** How many words a line folded by wordsOnly holds (single spaces between them): counted, not split, for every line. */
function wordCount(folded: string): number {
  if (folded === '') return 0;
  let n = 1;
  for (let at = folded.indexOf(' '); at !== -1; at = folded.indexOf(' ', at + 1)) n++;
  return n;
}

/** The general signals a line gives about being story or furniture. */
export function lineSignals(line: string): LineSignals {
  // Folded once: the line's words read its fold without punctuation, the shapes of another story with it.
  const spelled = foldFast(line);
  const folded = wordsOnly(spelled);
  const words = wordCount(folded);
  const ellipsisEnd = ELLIPSIS_END.test(line);
  const short = words <= 12;
  // A full paragraph (long, ending like a sentence) is story whatever its shape.
  const story = words >= 15 && !ellipsisEnd && SENTENCE_END.test(line);
  const stamp = story ? { dateLine: false, time: false } : stampShape(line, folded, words);
  return {
    folded,
    words,
    sentenceEnd: !ellipsisEnd && SENTENCE_END.test(line),
    ellipsisEnd,
    callToAction: short && !(!ellipsisEnd && SENTENCE_END.test(line) && words >= 8) && (startsWithPhrase(folded, CALL_TO_ACTION_OPENERS) || hasPhrase(folded, CALL_TO_ACTION_WORDS) || isReaderPrompt(line, folded, words)),
    marker: words <= 5 && startsWithPhrase(folded, SECTION_MARKERS),
    terminalMarker: words <= 5 && startsWithPhrase(folded, TERMINAL_MARKERS),
    interface: words <= 4 && (hasPhrase(folded, INTERFACE_WORDS) || CONTROLS.has(folded)),
    navigation: words <= 15 && startsWithPhrase(folded, NAVIGATION_OPENERS),
    disclaimer: words <= 40 && hasPhrase(folded, DISCLAIMER_WORDS),
    sectionLabel: words <= 3 && LABELS.has(folded),
    // A stamp in English («May 16, 2017») is the page's date, not a button.
    latinShort: !stamp.dateLine && words > 0 && words <= 5 && (line.match(/[A-Za-z]/g)?.length ?? 0) > (line.match(/[\u0600-\u06FF]/g)?.length ?? 0),
    runTogether: runTogether(line),
    postSignature: POST_SIGNATURE.test(line),
    otherStory: otherStoryShape(line, words, spelled),
    // A stamp («نشر في: 30 تموز 2018 - 10:15») also looks like a label and a list: it is a stamp, kept for dating.
    separated: !story && !stamp.dateLine && words <= 15 && isSeparated(line),
    arrows: /\s[»›>←→]\s/u.test(line),
    labelList: !story && !stamp.dateLine && words <= 30 && isLabelList(line),
    markerTeaser: words <= 30 && isMarkerTeaser(line),
    dateLine: stamp.dateLine,
    time: stamp.time,
    dayMonth: !story && dayMonthShape(line, folded, words),
    weather: !story && weatherShape(line),
    shownDay: stamp.dateLine && startsWithPhrase(folded, SHOWN_DAY_WORDS),
    prayerBox: !story && isPrayerBoxLine(line, folded, words),
    issueNumber: !story && isIssueLine(line, words, stamp.dateLine),
    monthYear: !story && monthYearShape(folded, words),
    noWords: /^[^\p{L}\p{N}]*\d{0,3}[^\p{L}\p{N}]*$/u.test(line) && line.trim() !== '',
  };
}

function runTogether(line: string): boolean {
  const punctuation = line.match(PUNCTUATION_SEAM)?.length ?? 0;
  return punctuation >= 2 && punctuation + (line.match(WORD_END_SEAM)?.length ?? 0) >= 3;
}
