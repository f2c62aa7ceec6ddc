// Meetings named in the rounds catalog by an alias without a usable number ("مؤتمر سوتشي",
// "مؤتمر الحوار الوطني السوري"): the catalog gives their dates. An alias several meetings share
// («قمة سوتشي» for two summits) names one of them, which the other evidence chooses.
import { foldArabic } from '../../../lib/arabic-fold.ts';
import type { Parsed, Parser, ParseContext, RoundRef, Trigger } from '../types.ts';
import { unitClass } from '../../shared/unit-class.ts';
import { wordTrie, wordsAt, type WordNode } from '../word-trie.ts';
import { WORD_END, WORD_START, alternation } from '../constants.ts';
import { ROUND_WORD_RE } from './pieces.ts';
import { NAME_EQUIVALENTS } from '../../../lib/lexicon/talks.ts';
import { COMPLEMENTIZERS } from '../../../lib/lexicon/clause-words.ts';
import { ORDINAL_UNITS } from '../../../lib/lexicon/numbers.ts';
import { sentenceAround } from '../anchor/sentences.ts';
import { namesOtherTalks } from '../anchor/other-talks.ts';

const ROUND_WORD_START = new RegExp(`^(?:${ROUND_WORD_RE})\\s`, 'u');
/** A round word and one word that is no adjective (no article), as a place's name is: the whole alias. */
const NAMED_BY_PLACE = new RegExp(`^(?:${ROUND_WORD_RE})\\s(?!ال)\\p{L}+$`, 'u');
const NEVER = /(?!)/gu;
interface AliasIndex { re: RegExp; byAlias: Map<string, string[]>; headOf: Map<string, string>; cityBefore: RegExp; lamForms: Set<string>; trigger: Trigger }
const cache = new WeakMap<RoundRef[], AliasIndex | null>();

/** Syria is written «سوريا» and, in Syrian and Gulf outlets, «سورية»: an alias in either spelling names
 *  the meeting in both (folded: «سوريا»، «سوريه»; «السورية», the adjective, is left alone). */
const SYRIA_SPELLINGS = [foldArabic('سوريا'), foldArabic('سورية')];
/** The lexicon's phrases that stand for each other in a name, each group folded. */
const EQUIVALENTS = [SYRIA_SPELLINGS, ...NAME_EQUIVALENTS.map((g) => g.map(foldArabic))];
// Each phrase's pattern made once, not once for each of the catalog's thousand names and each phrase it
// may become (14,000 patterns on the first article dated, 12 ms). A name without the phrase is left as it
// is by the replacement, so it is not tried.
// «وسوريا»: a conjunction or preposition written onto the word keeps it the same word.
const SWAPS = EQUIVALENTS.map((group) => group.map((from) => ({
  from, re: new RegExp(`(?<![\\p{L}])([وفبل]?)${from}(?![\\p{L}])`, 'gu'), to: group.filter((to) => to !== from),
})));
function spellings(key: string): string[] {
  let out = new Set([key]);
  for (const group of SWAPS) {
    const next = new Set(out);
    for (const k of out) for (const { from, re, to } of group) if (k.includes(from)) for (const t of to) next.add(k.replace(re, `$1${t}`));
    out = next;
  }
  return [...out];
}

/** A name ending «… في <city>», split into its head and its city. */
const PLACED = /^(.+) في (\S+)$/u;
/** How many words may stand between a name's head and «في <city>». */
const GAP_WORDS = 3;
/** Words that open a reported clause («قال في عمان إن الاجتماع …»): a city before them is the report's. */
const COMPLEMENTIZER_WORDS = COMPLEMENTIZERS.map(foldArabic);
/** A head followed by an adjective of kind or origin («مؤتمر الحوار الوطني الكردي»، «الاجتماع التشاوري
 *  العربي») is another meeting's name, whatever city it met in; an ordinal («الاجتماع … الثاني») is not. */
const QUALIFIER_AFTER = /^\s+(?<w>ال\p{L}{3,}ي)(?![\p{L}])/u;
const ORDINALS = new Set(ORDINAL_UNITS.map(([masculine]) => foldArabic(masculine)));
const qualifiedAfter = (folded: string, end: number): boolean => {
  const w = QUALIFIER_AFTER.exec(folded.slice(end, end + 24))?.groups?.w;
  return w !== undefined && !ORDINALS.has(w);
};
/** How far before a name its city is looked for: «في <city>» and a few words. */
const CITY_BEFORE_REACH = 120;

/** A placed name's head as news writes it of a meeting not yet named: indefinite, in the nominative or
 *  the accusative («عقد اجتماع ثلاثي أردني سوري أمريكي»، «تستضيف اجتماعاً ثلاثياً …»). Only a head of
 *  three words or more, two of them with the article: «اجتماع تشاوري» alone is any meeting's. */
function indefiniteForms(head: string): string[] {
  const words = head.split(' ');
  if (words.length < 3 || words.filter((w) => w.startsWith('ال')).length < 2) return [];
  const bare = words.map((w) => (w.startsWith('ال') ? { w: w.slice(2), was: true } : { w, was: false }));
  const nominative = bare.map((x) => x.w).join(' ');
  // The accusative's alif is written on a word that lost its article and ends in no ه (folded ة).
  const accusative = bare.map((x) => (x.was && !/[هاى]$/u.test(x.w) ? `${x.w}ا` : x.w)).join(' ');
  return [...new Set([nominative, accusative])];
}

/** «مؤتمر «بروكسل السابع»»، «قمة "طهران"»: quotation marks around part of a name (Asharq Al-Awsat's and
 *  Al-Quds's house style) stand where its words are spaced: the pattern's spaces take them, and a matched
 *  name is keyed without them. Written `\s*(?:["“”«»]\s*|\s)`, not `(?:\s*["“”«»]\s*|\s+)`: the same
 *  strings, tried in the same order (all the spaces and a quotation mark, then ever fewer spaces), so every
 *  match is the same; but the catalog's pattern holds a space 2,400 times, and each loop over `\s` is code
 *  V8 compiles on the first article naming a meeting: 29 ms instead of 54. */
const NAME_SPACE = '\\s*(?:["“”«»]\\s*|\\s)';
const QUOTED_SPACE = /\s*["“”«»]\s*|\s+/gu;
const spacedName = (text: string): string => text.replace(QUOTED_SPACE, ' ').trim();
const quotedSpaces = (source: string): string => source.replaceAll('\\s+', NAME_SPACE);

/** The units a name's space may stand on in the text: spaces and quotation marks (NAME_SPACE). */
const isNameSpaceUnit = unitClass(/[\s"“”«»]/u);

/** A folded name that opens with the article, without it; null for any other. */
const lamForm = (name: string): string | null => (name.startsWith('ال') && name.length > 4 ? name.slice(2) : null);
/** «لل» right before `at`, at a word's start (with و or ف before it). */
const LAM_BEFORE = /(?:^|[^\p{L}\p{N}])[وف]?لل$/u;

/** «مؤتمر بروكسل الخامس» written with its ordinal first and its city after, as news also words it: «المؤتمر
 *  الخامس لبروكسل». Only a head, a city and a masculine ordinal: the order of «اجتماع جدة التشاوري» is its
 *  name's. Not «المؤتمر الثاني في جنيف»: that is any second conference held there (a pledging one for
 *  Yemen), «اللقاء الثاني في موسكو» any second meeting; the city's ل makes it the series' own. */
function ordinalFirst(name: string): string[] {
  const m = /^(\p{L}+) (\p{L}+) (ال\p{L}+)$/u.exec(name);
  if (!m || m[1]!.startsWith('ال') || !ORDINALS.has(m[3]!)) return [];
  const [, head, city, ordinal] = m as unknown as [string, string, string, string];
  return [`ال${head} ${ordinal} ${city.startsWith('ال') ? `لل${city.slice(2)}` : `ل${city}`}`];
}

function aliasIndex(rounds: RoundRef[]): AliasIndex | null {
  const hit = cache.get(rounds);
  if (hit !== undefined) return hit;
  const byAlias = new Map<string, string[]>();
  for (const r of rounds) {
    const names = [r.name_ar, ...r.aliases_ar].map((a) => foldArabic(a).replace(/\s+/g, ' ').trim());
    for (const folded of names.flatMap((f) => [f, ...ordinalFirst(f)])) {
      // Aliases with digits or opening with a round word are read by the round parser (and its track
      // from the words around), when the meeting has a number it can read: «مؤتمر الرياض 2» is a
      // conference's name, no round of a track.
      // Not a round word with a place's name («اجتماع فيينا»، «جولة فيينا»: Geneva's ninth round), which has no
      // number for the round parser to read.
      if (!folded || (r.number !== null && (/\d/.test(folded) || (ROUND_WORD_START.test(folded) && !NAMED_BY_PLACE.test(folded))))) continue;
      for (const key of spellings(folded)) {
        const ids = byAlias.get(key) ?? [];
        if (!ids.includes(r.id)) byAlias.set(key, [...ids, r.id]);
      }
    }
  }
  // «تستعد أنقرة للقمة الثلاثية في طهران»: ل before the article drops its alif, so a name that opens with
  // «ال» is also looked for without it, and taken only right after that «لل».
  const lamForms = new Set<string>();
  for (const key of [...byAlias.keys()]) {
    const bare = lamForm(key);
    if (bare && !byAlias.has(bare)) { byAlias.set(bare, byAlias.get(key)!); lamForms.add(bare); }
  }
  const names = [...byAlias.keys()];
  // A name's first two words (or its one word): a first word alone («اجتماع»، «محادثات») stands in most
  // articles a few dozen times, and the pattern was tried at each in vain.
  const leads = new Set(names.map((n) => n.split(' ').slice(0, 2).join(' ')));
  // «القمة العربية في جدة» written «القمة العربية المقرر عقدها غداً في جدة»: a name whose last words are
  // «في <city>» also matches with a few words between, its head alone the expression (the words between
  // may hold a day of their own).
  const placed = names.map((n) => PLACED.exec(n)).filter((m): m is RegExpExecArray => m !== null && m[1]!.includes(' '));
  const definite = [...new Set(placed.map((m) => m[1]!))];
  // Each head as written, keyed to the head the catalog names it by.
  const headOf = new Map<string, string>();
  for (const h of definite) {
    for (const form of [h, ...indefiniteForms(h)]) if (!headOf.has(form)) headOf.set(form, h);
    const bare = lamForm(h);
    if (bare && !headOf.has(bare)) { headOf.set(bare, h); lamForms.add(bare); }
  }
  const heads = [...headOf.keys()];
  const cities = [...new Set(placed.map((m) => m[2]!))];
  const word = '[^\\s،,.؛:«»"]+';
  // «عقد في عمان اليوم الإثنين الاجتماع التشاوري»، «انطلقت بدمشق أعمال مؤتمر الحوار الوطني»: the city
  // told before the head, in the same clause (no stop and no reported clause between), places it as
  // «في <city>» after it does.
  const gap = `(?:\\s+(?!(?:${alternation(COMPLEMENTIZER_WORDS)})(?![\\p{L}]))${word}){0,${GAP_WORDS}}`;
  // An empty list stands for no word at all (an empty alternation would match the empty string).
  const some = (words: readonly string[]) => (words.length ? alternation(words) : '(?!)');
  const gapped = (hs: readonly string[]) => heads.length ? `|(?<h>${some(hs)})(?=(?:\\s+${word}){1,${GAP_WORDS}}\\s+في\\s+(?<c>${alternation(cities)})(?![\\p{L}]))|(?<bh>${some(hs)})` : '';
  const patternOf = (ns: readonly string[], hs: readonly string[], flags: string) => new RegExp(WORD_START + `(?:${quotedSpaces(some(ns))}${quotedSpaces(gapped(hs))})` + WORD_END, flags);
  const cityBefore = new RegExp(`(?<![\\p{L}])(?:في\\s+|ب)(?<c>${alternation(cities.length ? cities : ['(?!)'])})${gap}\\s+(?:[وف]?(?:لل|[بلك])?)$`, 'u');
  for (const h of heads) leads.add(h.split(' ').slice(0, 2).join(' '));
  // The whole pattern is 71,000 characters, and V8 compiled it (its sticky body, and again with its
  // opening when a name followed a prefix) on the first article whose text has a name's first words:
  // 30-60 ms of that article's dating. Each place is tried with the pattern of the few names whose
  // words stand there, compiled in a fraction of a millisecond and kept for the next article.
  // Made at the first place tried: most articles have no name's first words.
  let trie: WordNode | null | undefined;
  const tried = new Map<string, RegExp>();
  let whole: RegExp | undefined;
  const patternAt = (text: string, at: number): RegExp | null => {
    if (trie === undefined) trie = wordTrie([names, heads], isNameSpaceUnit);
    if (!trie) return (whole ??= patternOf(names, heads, 'uy'));
    const found = wordsAt(trie, text, at, isNameSpaceUnit);
    if (!found) return null;
    const [ns, hs] = found as [string[], string[]];
    const key = `${ns.join('\n')}\t${hs.join('\n')}`;
    let re = tried.get(key);
    if (!re) tried.set(key, (re = patternOf(ns, hs, 'uy')));
    return re;
  };
  let scanned: RegExp | undefined;
  const value = names.length ? {
    // Written out only when asked for: the parsing tries each place with patternAt's pattern.
    get re(): RegExp { return (scanned ??= patternOf(names, heads, 'gu')); }, byAlias, headOf, cityBefore, lamForms,
    trigger: { re: new RegExp(`(?:${quotedSpaces(alternation(leads))})`, 'gu'), lookback: 2, patternAt },
  } : null;
  cache.set(rounds, value);
  return value;
}

export const namedMeeting: Parser = {
  name: 'named-meeting',
  // The compiled alternation is cached per catalog: compiling it for every article would cost more than matching.
  pattern: (ctx: ParseContext) => aliasIndex(ctx.rounds)?.re ?? NEVER,
  triggerFor: (ctx: ParseContext) => aliasIndex(ctx.rounds)?.trigger,
  extract(m, ctx): Parsed | null {
    const index = aliasIndex(ctx.rounds);
    if (!index) return null;
    const before = index.cityBefore.exec(ctx.folded.slice(Math.max(0, m.index - CITY_BEFORE_REACH), m.index))?.groups?.c;
    // A name's form without its article is read only where ل took the article's alif.
    const head = spacedName(m.groups?.h ?? m.groups?.bh ?? m[0]);
    if (index.lamForms.has(head) && !LAM_BEFORE.test(ctx.folded.slice(Math.max(0, m.index - 4), m.index))) return null;
    let key: string;
    if ((m.groups?.h || m.groups?.bh) && qualifiedAfter(ctx.folded, m.index + m[0].length)) return null;
    if (m.groups?.h) key = `${index.headOf.get(spacedName(m.groups.h))} في ${m.groups.c}`;
    else if (m.groups?.bh) {
      // A head alone names nothing: only with its city told before it.
      if (!before) return null;
      key = `${index.headOf.get(spacedName(m.groups.bh))} في ${before}`;
    } else {
      key = spacedName(m[0]);
      // «انطلقت بدمشق أعمال مؤتمر الحوار الوطني السوري»: a name several meetings share, its city told
      // before it, is the one held there when the catalog names it with that city.
      const placedKey = `${key} في ${before}`;
      if (before && (index.byAlias.get(key)?.length ?? 0) > 1 && index.byAlias.has(placedKey)) key = placedKey;
    }
    const ids = index.byAlias.get(key);
    // «قمة ثلاثية جمعت بوتين والرئيس الأذربيجاني …»: a name several conflicts' meetings answer to is theirs
    // when their talks are named with it; a name several of the catalog's meetings share (a common noun
    // phrase: «القمة الثلاثية») also when the countries it gathered are named («التي جمعت الرئيس المصري …»).
    const at = { start: m.index, end: m.index + m[0].length };
    if (!ids || namesOtherTalks(at, sentenceAround(ctx.folded, m.index), ctx.folded, ids.length > 1 ? 'shared' : 'meeting')) return null;
    const named = ids.map((id) => ctx.rounds.find((x) => x.id === id)!);
    const r = named[0]!;
    const track = named.every((x) => x.track === r.track) ? { track: r.track } : {};
    return {
      start: m.index, end: m.index + m[0].length, kind: 'round', parser: 'named-meeting',
      stated: named.length === 1 ? { roundId: r.id, track: r.track, ...(r.number !== null ? { round: r.number } : {}) } : { roundIds: ids, ...track },
    };
  },
};
