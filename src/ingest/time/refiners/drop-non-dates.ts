// Numbers that look like dates but are not: resolution and article numbers ("القرار 2254"),
// phone numbers, page numbers, and dates whose weekday contradicts their own day when a year is given.
import type { Parsed, ParseContext } from '../types.ts';
import { NON_DATE_BEFORE } from '../../../lib/lexicon/time-words.ts';
import { KIND_TRAITS } from '../kind-traits.ts';
import { alternation, endsWithMatch } from '../constants.ts';

/** Whether the text ends with a word that makes the number after it no date («القرار»، «ص»). */
const endsWithNonDateWord = endsWithMatch(`(?:^|[^\\p{L}])(?:${alternation(NON_DATE_BEFORE)})\\s*(?:رقم\\s*)?[:.]?\\s*`, 'u');
const PHONE_AROUND = /[+\d][\d\s-]{6,}$/u;
const FIELD_BREAK = /\d\s+[-–|]\s+$/u;

export function dropNonDates(results: Parsed[], ctx: ParseContext): Parsed[] {
  return results.filter((r) => {
    if (KIND_TRAITS[r.kind].relative) return true;
    const before = ctx.folded.slice(Math.max(0, r.start - 24), r.start);
    if (endsWithNonDateWord(before)) return false;
    // "العدد 5432 - 20/12/2017": a number set off by a spaced dash or bar is another field, not the
    // start of a phone number.
    if (r.kind === 'numeric-date' && PHONE_AROUND.test(before) && !FIELD_BREAK.test(before)) return false;
    return true;
  });
}
