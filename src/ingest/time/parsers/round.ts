// Numbered rounds of talks: "الجولة الثامنة"، "جولة ثامنة"، "الجولة الحادية عشرة"، "الجولة الـ21"،
// "بنسخته العشرين"، "أستانا-9"، "آستانة 10"، "جنيف 8"، "جولة المباحثات الثامنة"، "أول اجتماعاتها" (the track before owns it). Which track a bare "الجولة الثامنة" belongs to is
// decided later from its sentence (refiners/round-candidates.ts).
import { foldArabic } from '../../../lib/arabic-fold.ts';
import type { Parsed, Parser } from '../types.ts';
import { WORD_END, WORD_START, alternation, foldedLookup } from '../constants.ts';
import { ORDINALS, ORDINALS_BEFORE } from '../../../lib/lexicon/numbers.ts';
import { PAUSE_NOUNS, PAUSE_PHRASES, SINCE_PARTICIPLES, SINCE_PREPOSITIONS, SINCE_THE_START } from '../../../lib/lexicon/prepositions.ts';
import { MONTH_RE, ORD_RE, ORDS, ROUND_WORD_RE, TRACK_CITY_RE } from './pieces.ts';
import { DAY_SESSION_WORDS, GENEVA_NAMES, MEETING_NOUNS, ROUND_WORDS_AFTER_ORDINAL, ROUND_WORDS_OWNED, SUMMIT_WORDS, TALKS_NOUNS, definite } from '../../../lib/lexicon/talks.ts';

const OWNED_RE = alternation(ROUND_WORDS_OWNED);
const ORD_BEFORE = foldedLookup(ORDINALS_BEFORE);
/** "محادثات جنيف الثالثة"، "اجتماع أستانا الأول": the track's city, then the ordinal with its article. */
const ORD_AL_RE = alternation(Object.keys(ORDINALS).filter((o) => o.startsWith('ال')));
/** "جولة المباحثات الثامنة": the round word, the talks, then their ordinal. */
const TALKS_AL_RE = alternation(definite([...TALKS_NOUNS, ...MEETING_NOUNS]));
/** «رابع اجتماعات»، «ثالث جولة»: an ordinal, then the word of what it counts. */
const ORD_BEFORE_RE = alternation(Object.keys(ORDINALS_BEFORE));
const COUNTED_RE = alternation(ROUND_WORDS_AFTER_ORDINAL);
const SOURCE = WORD_START +
  `(?:(?<ob>${ORD_BEFORE_RE})\\s+(?:${COUNTED_RE})(?<own>ها|ه)?|(?<w>${OWNED_RE}|${ROUND_WORD_RE})[^\\S\\n]+(?:الدولي[^\\S\\n]+)?(?:(?<ord>${ORD_RE})|(?:رقم[^\\S\\n]+)?(?:ال[^\\S\\n]*)?(?<n>\\d{1,2})(?![\\p{N}]|\\s*(?:من\\s+)?(?:${MONTH_RE})))|(?<city>${TRACK_CITY_RE})[^\\S\\n]*(?:-|–|ـ)?[^\\S\\n]*(?:ال[^\\S\\n]*)?(?<cn>\\d{1,2})(?![\\p{N}]|\\s*(?:شخص|عضو|دوله|وفد|مشارك)|\\s*(?:من\\s+)?(?:${MONTH_RE}))|(?<city2>${TRACK_CITY_RE})\\s+(?<ord2>${ORD_AL_RE})|(?:${ROUND_WORD_RE})\\s+(?:${TALKS_AL_RE})\\s+(?<ord3>${ORD_AL_RE}))` + WORD_END; // not a dateline "أستانا 14 مايو"

const GENEVA = new Set(GENEVA_NAMES.map(foldArabic));
const SESSION_OF_DAY = new RegExp(`^\\s+(?:من|في)\\s+(?:${alternation(DAY_SESSION_WORDS)})(?![\\p{L}])`, 'u');
const OWNED = new Set(ROUND_WORDS_OWNED.map(foldArabic));
/** «قمة سوتشي الرابعة»: a summit counted by its city is the leaders' fourth meeting there, no round of
 *  the talks the city hosts (Astana's fourth round met in Astana). */
const SUMMIT_BEFORE = new RegExp(`(?<![\\p{L}])[وف]?(?:${alternation(SUMMIT_WORDS)})\\s+$`, 'u');

/** A round's word right after: the words before it are part of that round. */
const ROUND_NEXT = new RegExp(`^\\s+[وف]?(?:لل|[بل])?(?:${ROUND_WORD_RE}|${OWNED_RE})(?![\\p{L}])`, 'u');
/** How far after «أول جولة» a «منذ»، «بعد انقطاع» or «بعد تسعة أشهر من التوقف» still makes it the
 *  first in a while («في عام 2022» is as often the first round's own year). */
const FIRST_SINCE_REACH = 64;
const FIRST_SINCE_AFTER = new RegExp(`^(?<between>[^.!?؟،,\\n]*?)(?<![\\p{L}])(?:${alternation([...SINCE_PREPOSITIONS, ...PAUSE_PHRASES])}|بعد(?:\\s+\\S+){1,3}\\s+من\\s+(?:${alternation(PAUSE_NOUNS)}))(?![\\p{L}])(?!\\s+(?:${alternation(SINCE_THE_START)})(?![\\p{L}]))`, 'u');
const PARTICIPLE_BETWEEN = new RegExp(`(?<![\\p{L}])(?:${alternation(SINCE_PARTICIPLES)})(?![\\p{L}])`, 'u');
/** «أول جولة من محادثات أستانا منذ أكثر من عام»: the first in a while («الأولى منذ بدء النزاع» is the first
 *  ever; «المنتظرة منذ عامين» counts the wait). */
const firstInAWhile = (after: string): boolean => {
  const m = FIRST_SINCE_AFTER.exec(after);
  return m !== null && !PARTICIPLE_BETWEEN.test(m.groups!.between!);
};

export const round: Parser = {
  name: 'round',
  pattern: () => new RegExp(foldArabic(SOURCE), 'gu'),
  // A word a round is counted after («رابع اجتماعات») only with its ordinal: «محادثات» and «مفاوضات» alone
  // stand in most articles many times, and the pattern was tried before each in vain.
  trigger: { re: new RegExp(`${ROUND_WORD_RE}|${TRACK_CITY_RE}|${OWNED_RE}|(?:${ORD_BEFORE_RE})\\s+(?:${COUNTED_RE})`, 'gu'), lookback: 8 },
  extract(m, ctx): Parsed | null {
    // "الجولة الثانية من اليوم الأول"، "الجولة الأولى من جلسات اليوم": a session of a day, not a round of talks.
    if (SESSION_OF_DAY.test(ctx.folded.slice(m.index + m[0].length, m.index + m[0].length + 24))) return null;
    const g = m.groups ?? {};
    const ordinal = g.ord ?? g.ord2 ?? g.ord3;
    const number = g.ob ? ORD_BEFORE.get(g.ob) : ordinal ? ORDS.get(ordinal.replace(/\s+/g, ' ')) : Number(g.n ?? g.cn);
    const owned = g.w !== undefined && OWNED.has(g.w);
    if (number === undefined || !Number.isFinite(number) || number < 1 || number > 40) return null;
    // «أولى جلسات الجولة الثامنة»، «أولى جلسات جولتها الثالثة»: the first sessions of the round named next
    // («ثاني جلسات …» stays a count: the second session may be a second round's).
    if (g.ob && !g.own && number === 1 && ROUND_NEXT.test(ctx.folded.slice(m.index + m[0].length, m.index + m[0].length + 16))) return null;
    // «أول جولة من محادثات أستانا منذ أكثر من عام»، «الجولة الأولى منذ تسعة أشهر»: the first in a while,
    // no count from the track's start.
    if (number === 1 && firstInAWhile(ctx.folded.slice(m.index + m[0].length, m.index + m[0].length + FIRST_SINCE_REACH))) return null;
    const city = g.city ?? g.city2;
    if (city && SUMMIT_BEFORE.test(ctx.folded.slice(Math.max(0, m.index - 8), m.index))) return null;
    const track = city ? (GENEVA.has(city) ? 'geneva' : 'astana') : undefined;
    return {
      start: m.index, end: m.index + m[0].length, kind: 'round', parser: 'round',
      stated: { round: number, ...(track ? { track, byName: true } : {}), ...(g.ob && !g.own ? { trackFrom: 'after' as const } : owned || g.own ? { trackFrom: 'owner' as const } : {}) },
    };
  },
};
