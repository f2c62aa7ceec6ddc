// A track's talks named in passing ("على غرار محادثات أستانا") say nothing of when: only one whose
// opening, holding or closing is told near it ("انطلقت اليوم محادثات أستانا") is kept as a round.
import type { Parsed } from '../types.ts';
import { alternation } from '../constants.ts';
import { ROUND_END_WORDS, ROUND_START_WORDS } from '../../../lib/lexicon/round-parts.ts';
import { GATHERING_VERBS } from '../../../lib/lexicon/talks.ts';

const LIFE = new RegExp(`(?<![\\p{L}])(?:[وف]?[بل])?[وف]?(?:ال)?(?:${alternation([...ROUND_START_WORDS, ...ROUND_END_WORDS])})(?:ها|ه)?(?![\\p{L}])`, 'u');
/** «أنقرة تجمع قادة تركيا وروسيا وإيران الأربعاء»: a summit told by what gathers its leaders is held. */
const GATHERS = new RegExp(`(?<![\\p{L}])[وف]?(?:${alternation(GATHERING_VERBS)})(?![\\p{L}])`, 'u');
/** How far from the track's words its verb may stand ("تبدأ اليوم الأربعاء في العاصمة … جولة جديدة"). */
const REACH = 80;
/** How far before the summit its gathering verb may stand («تجمع قادة …»). */
const GATHER_REACH = 12;

export function dropIdleTracks(results: Parsed[], ctx: { folded: string }): Parsed[] {
  return results.filter((r) => {
    if (!r.stated.loose) return true;
    const around = ctx.folded.slice(Math.max(0, r.start - REACH), Math.min(ctx.folded.length, r.end + REACH));
    return LIFE.test(around) || (r.parser === 'guarantors-meeting' && GATHERS.test(ctx.folded.slice(Math.max(0, r.start - GATHER_REACH), r.start)));
  });
}
