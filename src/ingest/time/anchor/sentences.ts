// Sentence spans of the folded text: a clause's words (tense, track names, a round and its day)
// are read within its sentence only.

import { closesOneLetterWord } from '../../shared/one-letter-abbreviation.ts';

const END = /[.!?؟؛|\n]+/gu;

export function sentenceSpans(folded: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(folded); m; m = END.exec(folded)) {
    // A dot between digits is a decimal or a numeric date, not the end of a sentence.
    if (m[0] === '.' && /\d/.test(folded[m.index - 1] ?? '') && /\d/.test(folded[m.index + 1] ?? '')) continue;
    // «ج. بيدرسن»، «د. الكزبري»: an initial or a title's letter, not the sentence's end.
    if (m[0] === '.' && closesOneLetterWord(folded, m.index)) continue;
    // «أستانا 8.. انطلاق المحادثات»: two dots join a headline's topic to what is told of it.
    if (m[0] === '..' && /^ \p{L}/u.test(folded.slice(m.index + 2, m.index + 4))) continue;
    spans.push([start, m.index]);
    start = m.index + m[0].length;
  }
  spans.push([start, folded.length]);
  return spans;
}

/** The span containing `pos` (binary search over sorted spans). */
export function sentenceAt(spans: [number, number][], pos: number): [number, number] {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]![0] <= pos) lo = mid; else hi = mid - 1;
  }
  return spans[lo]!;
}

/** The engine's sentences of the text last read (every meeting a reader finds in an article asks for its
 *  own): split once an article, not once a meeting. */
let spansOf: { folded: string; spans: [number, number][] } = { folded: '', spans: [] };
export function sentenceAround(folded: string, at: number): [number, number] {
  if (spansOf.folded !== folded) spansOf = { folded, spans: sentenceSpans(folded) };
  return sentenceAt(spansOf.spans, at);
}
