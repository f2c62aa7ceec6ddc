import { isSpaceUnit, unitClass } from '../shared/unit-class.ts';
import type { Span } from './span.ts';

// Clause boundaries inside a sentence: after a comma, semicolon or colon (also inside quotes: a quoted
// statement can report its own dated event), and before a temporal connective that opens a new
// reported action ("بعد إجراء محادثات ... اليوم", "بالتزامن مع ...") unless it is a duration itself.
const BREAK_AFTER = /[،,؛;:]/u;
// Every character of every dated sentence is asked: by code, one table lookup, not a regex call on a
// one-character string (the marks are single units, so a surrogate is none, as for the regex).
const isBreak = unitClass(BREAK_AFTER);
const CONNECTIVE = /(?<=\s)(?:بعد|قبل|بالتزامن مع|فيما|في حين)\s+(?!(?:أن|ان|يوم|يومين|أيام|ايام|أسبوع|اسبوع|أسابيع|شهر|أشهر|شهرين|سنة|عام|عامين|ساعات|ساعة|ساعتين|ذلك|الظهر|منتصف)(?:[\s،,.]|$)|\d)/gu;

// «منذ، 7 أشهر»: a comma slipped in between a duration's word and its number does not end a clause.
const STRAY_COMMA = /(?:منذ|قبل|بعد)\s*[،,]\s*\d/u;

/** Clauses of one sentence, as spans of the text. */
export function splitClauses(text: string, sentence: Span): Span[] {
  const cuts = new Set<number>();
  for (let i = sentence.start; i < sentence.end; i++) if (isBreak(text.charCodeAt(i)) && !STRAY_COMMA.test(text.slice(Math.max(sentence.start, i - 4), i + 4))) cuts.add(i + 1);
  const body = text.slice(sentence.start, sentence.end);
  for (const m of body.matchAll(CONNECTIVE)) cuts.add(sentence.start + m.index);
  const points = [sentence.start, ...[...cuts].filter((c) => c > sentence.start && c < sentence.end).sort((a, b) => a - b), sentence.end];
  const clauses: Span[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    let s = points[k]!;
    let e = points[k + 1]!;
    while (s < e && isSpaceUnit(text.charCodeAt(s))) s++;
    while (e > s && isSpaceUnit(text.charCodeAt(e - 1))) e--;
    if (e > s) clauses.push({ start: s, end: e });
  }
  return clauses;
}
