import type { PendingMessage } from '../diagnostics/diagnostic.ts';
import { classifyLines } from './classify-lines.ts';
import { detectLanguage, type LanguageGuess } from './detect-language.ts';
import { findOutlet } from './find-outlet.ts';
import { MappedTextBuilder, type MappedText } from '../shared/mapped-text.ts';
import { normalizeText } from '../shared/normalize-text.ts';
import { splitLines } from './split-lines.ts';
import { unwrapLines } from './unwrap-lines.ts';
import { spaceGluedNumbers } from './space-glued-numbers.ts';
import { titleDateSegment } from './title-date-segment.ts';
import { foldLine } from '../shared/fold-line.ts';

export interface Span {
  start: number;
  end: number;
}

export interface CleanArticle {
  /** The cleaned text handed to dating and event extraction: the page's date stamps above the headline, the title line, then the story lines and the other stamps. */
  text: MappedText;
  title: string | null;
  /** foldLine(text.text), made from the lines' folds. */
  folded: string;
  /** Where the story begins in `text.text` (after the title line). */
  bodyStart: number;
  /** The story's paragraphs, as spans of `text.text`. */
  paragraphs: Span[];
  outlet: string | null;
  language: LanguageGuess;
  /** Lines dropped from the story (furniture, and stamps kept in `text` for dating only), at their source offsets. */
  dropped: { offset: number; text: string; reason: string }[];
  messages: PendingMessage[];
}

const MAX_TITLE_WORDS = 35;
const SHORT_TITLE_WORDS = 14;

/** A line that also stays in the body used as the title: whole when headline-sized, else its first words, marked as cut. */
function shortTitle(line: string): string {
  const words = line.split(/\s+/u);
  return words.length <= MAX_TITLE_WORDS ? line : `${words.slice(0, SHORT_TITLE_WORDS).join(' ')} …`;
}

/**
 * foldLine of lines joined by newlines, from each line's foldLine: folding reads each unit alone and a
 * newline is no letter, so the text's fold is the lines' with one space between those that hold words.
 * The relevance judge and the link stage read the whole text folded; the lines were folded already.
 */
function joinFolds(parts: readonly string[]): string {
  return parts.filter((p) => p !== '').join(' ');
}

/** Clean stage: one article's body (from `bodyOffset` of the file text) → story text with offsets back to the source. */
export function cleanArticle(fileText: string, bodyOffset: number): CleanArticle {
  const given = normalizeText(fileText.slice(bodyOffset), bodyOffset);
  const spaced = spaceGluedNumbers(given);
  const normalized = { ...given, ...spaced, text: unwrapLines(spaced.text) };
  const messages: PendingMessage[] = [];
  if (normalized.bidi.length > 0) {
    messages.push({ offset: normalized.bidi[0]!, severity: 'warning', rule: 'bidi-control', reason: `${normalized.bidi.length} bidirectional control character(s) removed (they can make text read differently from what it says)` });
  }
  const lines = splitLines(normalized.text);
  const { verdicts, title, titleInBody, outlet: standalone, folded: lineFolds } = classifyLines(lines.map((l) => l.text));
  const builder = new MappedTextBuilder();
  const paragraphs: Span[] = [];
  const dropped: CleanArticle['dropped'] = [];
  let length = 0;
  const foldedParts: string[] = [];
  /** Appends line i, or the part of it from `from` to `to` (offsets in the line), as a line of the text. */
  const append = (i: number, from = 0, to?: number) => {
    const line = lines[i]!;
    const [a, b] = [line.start + from, to === undefined ? line.end : line.start + to];
    if (length > 0) {
      builder.push('\n', normalized.map[a]!, true);
      length++;
    }
    const start = length;
    builder.pushSlice(normalized, a, b);
    length += b - a;
    foldedParts.push(from === 0 && to === undefined ? lineFolds[i]! : foldLine(normalized.text.slice(a, b)));
    return { start, end: length };
  };
  // Out of the story's paragraphs, still in the text: the date engine reads a page's stamp as evidence.
  const keepStamp = (i: number) => {
    append(i);
    dropped.push({ offset: normalized.map[lines[i]!.start]!, text: lines[i]!.text, reason: verdicts[i]!.reason });
  };
  let titleText: string | null = null;
  let bodyStart = 0;
  // A date above the headline, under nothing but lines the clean stage dropped (a menu, a section label,
  // a call to action, a box, another header's day, a link to another story), opens the page: the engine
  // reads it as the day the page was shown or saved as often as the story's own, and prints it only when
  // the story agrees. Read as the story's stamp under a section label, a header's «today» of 2025 under
  // «سياسة» dated 33 of the 153 training and held-out stories to that day; under a second header's day the
  // clean stage took for the header's, a crawler's own stamp of 2025 dated a story of 2017. Under a line
  // of the story's or the headline, a date is the story's.
  // Its stamps in a run («الأحد 15 فبراير 2026» over «27 شعبان 1447 هـ»: one header in two calendars) stay together.
  const aboveTitle: number[] = [];
  if (title !== null && !titleInBody) {
    for (let i = 0; i < title; i++) {
      const v = verdicts[i]!;
      if (v.role === 'stamp') aboveTitle.push(i);
      else if (v.role === 'body') break;
    }
  }
  for (const i of aboveTitle) keepStamp(i);
  const moved = new Set(aboveTitle);
  if (title !== null) {
    titleText = titleInBody ? shortTitle(lines[title]!.text) : lines[title]!.text;
    if (!titleInBody) {
      // The page's date printed on the headline's line is its stamp: a line of its own under the headline.
      const split = titleDateSegment(lines[title]!.text);
      if (split) {
        titleText = lines[title]!.text.slice(...split.headline).trim();
        append(title, ...split.headline);
        append(title, ...split.date);
        dropped.push({ offset: normalized.map[lines[title]!.start + split.date[0]]!, text: lines[title]!.text.slice(...split.date).trim(), reason: 'publication stamp on the headline\'s line (kept for dating)' });
      } else append(title);
      bodyStart = length + 1;
    }
  }
  verdicts.forEach((v, i) => {
    if (v.role === 'body') paragraphs.push(append(i));
    else if (v.role === 'stamp') {
      if (!moved.has(i)) keepStamp(i);
    } else if (v.role === 'furniture' || v.role === 'duplicate' || v.role === 'outlet') {
      dropped.push({ offset: normalized.map[lines[i]!.start]!, text: lines[i]!.text, reason: v.reason });
    }
  });
  const text = builder.build(normalized.map[normalized.text.length]!);
  if (title === null) bodyStart = 0;
  const outlet = standalone ?? findOutlet(normalized.text);
  const language = detectLanguage(text.text);
  if (paragraphs.length === 0 && title === null) {
    messages.push({ offset: bodyOffset, severity: 'error', rule: 'no-story', reason: 'no story text left after removing site furniture' });
  }
  return { text, folded: joinFolds(foldedParts), title: titleText, bodyStart: Math.min(bodyStart, text.text.length), paragraphs, outlet, language, dropped, messages };
}
