// The tense of the clause an expression sits in, from the nearest marker before it in its sentence
// (a future particle or a frequent past verb) or a future qualifier right after it. Null when the
// clause says nothing: callers must then not constrain anything by tense.
import { foldArabic } from '../../../lib/arabic-fold.ts';
import type { Tense } from '../types.ts';
import { FUTURE_MARKERS, PAST_MARKERS } from '../constants.ts';

const FUTURE = new Set(FUTURE_MARKERS.map(foldArabic));
const PAST = new Set(PAST_MARKERS.map(foldArabic));
const WORD = /[\p{L}]+/gu;
const FUTURE_AFTER = new RegExp(`^[\\s،,]*(?:${['المقبل', 'المقبله', 'القادم', 'القادمه', 'المرتقب', 'المرتقبه', 'المقرر', 'المقررة'].map(foldArabic).join('|')})(?![\\p{L}])`, 'u');

function markerOf(word: string): Tense {
  for (const w of [word, word.replace(/^[وف]/, '')]) {
    if (FUTURE.has(w)) return 'future';
    if (PAST.has(w)) return 'past';
  }
  return null;
}

export function tenseAt(folded: string, start: number, end: number, sentenceStart: number): Tense {
  if (FUTURE_AFTER.test(folded.slice(end, end + 16))) return 'future';
  const from = Math.max(sentenceStart, start - 120);
  const words = folded.slice(from, start).match(WORD) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    const t = markerOf(words[i]!);
    if (t) return t;
  }
  return null;
}
