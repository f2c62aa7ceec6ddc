// «وكان بيدرسن قد قال أمس السبت إن الجولة تنطلق بعد غد الاثنين»: a relative day in what was said may count
// from the day it was said, not from the article's. Reporters write it both ways, so the frame is taken
// only where the weekdays settle it: the statement's day named with its weekday («أمس السبت»), and the
// said day with its own («بعد غد الاثنين») that fits the statement's day and not the article's. Then the
// said day is shifted by the statement's offset: «بعد غد» said yesterday is tomorrow. Quoted speech is
// left to the anchor, which sets a quotation's days aside.
import { alternation } from '../constants.ts';
import type { Parsed, ParseContext } from '../types.ts';
import { COMPLEMENTIZERS } from '../../../lib/lexicon/clause-words.ts';
import { REPORTING_WORDS } from '../../../lib/lexicon/reporting-verbs.ts';

/** How far before the statement's day its verb may stand («أعلنت وزارة الخارجية الكازاخستانية أمس»). */
const VERB_REACH = 60;
/** How far after the statement's day «أن/إن» may open what was said («قال أمس، في مؤتمر صحفي، إن»). */
const THAT_REACH = 60;
const WORD = /\p{L}+/gu;
const THAT = new RegExp(`(?<![\\p{L}])(?:${alternation(COMPLEMENTIZERS)})(?![\\p{L}])`, 'u');
const SENTENCE_END = /[.!؟?\n]/u;
const QUOTE = /["“”«»]/u;

const relativeDay = (p: Parsed): boolean => p.kind === 'relative-day' && typeof p.stated.offset === 'number';

/** Where what the statement said begins: after «أن/إن» in the same sentence, a reporting word before the
 *  statement's day and no other clause between; or -1. */
function saidFrom(said: Parsed, folded: string): number {
  // The statement's own sentence before its day.
  const lead = folded.slice(Math.max(0, said.start - VERB_REACH), said.start).split(SENTENCE_END).pop()!;
  if (!(lead.match(WORD) ?? []).some((w) => REPORTING_WORDS.has(w.replace(/^[وف]/u, '')))) return -1;
  const tail = folded.slice(said.end, said.end + THAT_REACH);
  const m = THAT.exec(tail);
  if (!m || SENTENCE_END.test(tail.slice(0, m.index)) || QUOTE.test(tail.slice(0, m.index))) return -1;
  return said.end + m.index + m[0].length;
}

const mod7 = (n: number): number => ((n % 7) + 7) % 7;
/** Whether the said day's weekday fits a count from the statement's day and not from the article's. */
function countsFromStatement(said: Parsed, r: Parsed): boolean {
  const ws = said.stated.weekday, wr = r.stated.weekday;
  if (ws === undefined || wr === undefined) return false;
  const offset = r.stated.offset as number;
  return mod7(ws + offset) === wr && mod7(ws - (said.stated.offset as number) + offset) !== wr;
}

export function shiftReportedDays(results: Parsed[], ctx: ParseContext): Parsed[] {
  const out = results.slice();
  for (const said of results) {
    if (!relativeDay(said) || (said.stated.offset as number) >= 0) continue;
    const from = saidFrom(said, ctx.folded);
    if (from < 0) continue;
    for (let i = 0; i < out.length; i++) {
      const r = out[i]!;
      if (r.start < from || !relativeDay(r)) continue;
      const between = ctx.folded.slice(from, r.start);
      if (SENTENCE_END.test(between) || QUOTE.test(between) || !countsFromStatement(said, r)) continue;
      out[i] = { ...r, parser: `${r.parser}+reported`, stated: { ...r.stated, offset: (r.stated.offset as number) + (said.stated.offset as number) } };
    }
  }
  return out;
}
