// A day counted inside a quotation is counted from the day it was said: «وكان المبعوث قد صرح: "ما حدث
// أمس الاثنين …"»، «وقال في تصريح سابق: «نحن اليوم أمام فرصة»». When the text says that day was another
// (an earlier statement, a pluperfect, a day of its own before the quotation), the quotation's «اليوم»
// and «أمس» are not the article's: they date neither it nor its events.
import { foldArabic } from '../../../lib/arabic-fold.ts';
import { EARLIER_STATEMENT_WORDS, EARLIER_STORY_OPENERS, REPORTING_VERBS } from '../../../lib/lexicon/reporting-verbs.ts';
import { alternation } from '../constants.ts';
import { KIND_TRAITS } from '../kind-traits.ts';
import type { Parsed } from '../types.ts';
import { sentenceAt } from './sentences.ts';
import { pluperfectPattern } from './recalled.ts';

/** Each opening mark with the marks that may close it: a typed “ is often closed by another “. */
const QUOTES: [string, string[]][] = [['«', ['»']], ['“', ['”', '“']], ['"', ['"']]];
/** How far before a quotation its reporting clause is read. */
const CLAUSE_REACH = 120;
// «وكان المبعوث قد صرح»، and with no «قد» before a verb of saying: «وكان المبعوث قال في مقابلة».
const PLUPERFECT = pluperfectPattern(REPORTING_VERBS);
const EARLIER_STORY_G = new RegExp(`(?:^|[.؟?!\\n])[\\s\\p{P}]*(?:${alternation(EARLIER_STORY_OPENERS)})(?![\\p{L}])[^.؟?!\\n]*`, 'gu');
// Every sentence told from an earlier story holds an opener: a text without one («سابق» is rare) is not
// scanned for them. The scan tries its start at every character; the opener's words are found at once.
const EARLIER_STORY_OPENER = new RegExp(alternation(EARLIER_STORY_OPENERS), 'u');
const EARLIER = new RegExp(`(?<![\\p{L}])(?:${alternation(EARLIER_STATEMENT_WORDS.map(foldArabic))})(?![\\p{L}])`, 'u');

/** Whether an expression before a quotation can be the day it was said on another day than the article's:
 *  a day or a time gone by, not today («اليوم») and not one to come. */
function saidOn(p: Parsed): boolean {
  const { offset, rel } = p.stated;
  return offset !== 0 && rel !== 0 && !(offset !== undefined && offset > 0) && rel !== 1;
}

/** The quotations of the text: [open, close) offsets, outermost first, unclosed ones left out. */
function quotations(folded: string): [number, number][] {
  const out: [number, number][] = [];
  for (const [open, close] of QUOTES) {
    for (let a = folded.indexOf(open); a !== -1; a = folded.indexOf(open, a + 1)) {
      const ends = close.map((c) => folded.indexOf(c, a + 1)).filter((x) => x !== -1);
      const b = ends.length > 0 ? Math.min(...ends) : -1;
      // A quotation stays within its paragraph (a wrapped one runs over its lines).
      if (b === -1 || /\n\s*\n/u.test(folded.slice(a, b))) continue;
      out.push([a, b + 1]);
      a = b;
    }
  }
  return out;
}

/** Drops the article-relative days inside quotations said on another day than the article's, and in a
 *  sentence told from an earlier story. Reported speech with no marks is left alone: a reporter puts its
 *  times on the story's day («قال المبعوث مساء أمس إن الوفود ستصل غداً»: tomorrow from the story). */
export function dropQuotedDays(parsed: Parsed[], folded: string, spans: [number, number][]): Parsed[] {
  if (!parsed.some((p) => KIND_TRAITS[p.kind].relative)) return parsed;
  const earlierStory = (EARLIER_STORY_OPENER.test(folded) ? [...folded.matchAll(EARLIER_STORY_G)] : []).map((m) => [m.index!, m.index! + m[0].length] as [number, number]);
  const said = [...earlierStory, ...quotations(folded).filter(([a]) => {
    const from = Math.max(0, a - CLAUSE_REACH, sentenceAt(spans, a)[0]);
    const clause = folded.slice(from, a);
    // Said on a day of its own («قال الثلاثاء: …»), in an earlier statement, or told in the pluperfect.
    // Any time of its own but today («قال الجمعة»، «قال الشهر الماضي»، «في 3 آذار»); «قال اليوم الثلاثاء: …»
    // is said on the article's day, and its quotation counts from it.
    // A time to come there («تبدأ الأسبوع المقبل، وفق ما أفاد به المتحدث “…”») is the event's, not the saying's.
    return EARLIER.test(clause) || PLUPERFECT.test(clause) || parsed.some((p) => p.start >= from && p.end <= a && p.kind !== 'round' && saidOn(p));
  })];
  if (said.length === 0) return parsed;
  return parsed.filter((p) => !(KIND_TRAITS[p.kind].relative && said.some(([a, b]) => p.start > a && p.end < b)));
}
