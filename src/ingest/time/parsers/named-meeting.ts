// Meetings named in the rounds catalog by an alias without a usable number ("مؤتمر سوتشي",
// "مؤتمر الحوار الوطني السوري"): the catalog gives their dates. An alias several meetings share
// («قمة سوتشي» for two summits) names one of them, which the other evidence chooses.
import { foldArabic } from '../../../lib/arabic-fold.ts';
import type { Parsed, Parser, ParseContext, RoundRef } from '../types.ts';
import { WORD_END, WORD_START, alternation } from '../constants.ts';
import { ROUND_WORD_RE } from './pieces.ts';
import { NAME_EQUIVALENTS } from '../../../lib/lexicon/talks.ts';

const ROUND_WORD_START = new RegExp(`^(?:${ROUND_WORD_RE})\\s`, 'u');
const NEVER = /(?!)/gu;
interface AliasIndex { re: RegExp; byAlias: Map<string, string[]>; trigger: { re: RegExp; lookback: number } }
const cache = new WeakMap<RoundRef[], AliasIndex | null>();

/** Syria is written «سوريا» and, in Syrian and Gulf outlets, «سورية»: an alias in either spelling names
 *  the meeting in both (folded: «سوريا»، «سوريه»; «السورية», the adjective, is left alone). */
const SYRIA_SPELLINGS = [foldArabic('سوريا'), foldArabic('سورية')];
/** The lexicon's phrases that stand for each other in a name, each group folded. */
const EQUIVALENTS = [SYRIA_SPELLINGS, ...NAME_EQUIVALENTS.map((g) => g.map(foldArabic))];
function spellings(key: string): string[] {
  let out = new Set([key]);
  for (const group of EQUIVALENTS) {
    const next = new Set(out);
    for (const k of out) for (const from of group) for (const to of group) if (from !== to) next.add(k.replace(new RegExp(`(?<![\\p{L}])${from}(?![\\p{L}])`, 'gu'), to));
    out = next;
  }
  return [...out];
}

/** A name ending «… في <city>», split into its head and its city. */
const PLACED = /^(.+) في (\S+)$/u;
/** How many words may stand between a name's head and «في <city>». */
const GAP_WORDS = 3;

function aliasIndex(rounds: RoundRef[]): AliasIndex | null {
  const hit = cache.get(rounds);
  if (hit !== undefined) return hit;
  const byAlias = new Map<string, string[]>();
  for (const r of rounds) {
    for (const alias of [r.name_ar, ...r.aliases_ar]) {
      const folded = foldArabic(alias).replace(/\s+/g, ' ').trim();
      // Aliases with digits or opening with a round word are read by the round parser (and its track
      // from the words around), when the meeting has a number it can read: «مؤتمر الرياض 2» is a
      // conference's name, no round of a track.
      if (!folded || (r.number !== null && (/\d/.test(folded) || ROUND_WORD_START.test(folded)))) continue;
      for (const key of spellings(folded)) {
        const ids = byAlias.get(key) ?? [];
        if (!ids.includes(r.id)) byAlias.set(key, [...ids, r.id]);
      }
    }
  }
  const names = [...byAlias.keys()];
  // A name's first two words (or its one word): a first word alone («اجتماع»، «محادثات») stands in most
  // articles a few dozen times, and the pattern was tried at each in vain.
  const leads = new Set(names.map((n) => n.split(' ').slice(0, 2).join(' ')));
  // «القمة العربية في جدة» written «القمة العربية المقرر عقدها غداً في جدة»: a name whose last words are
  // «في <city>» also matches with a few words between, its head alone the expression (the words between
  // may hold a day of their own).
  const placed = names.map((n) => PLACED.exec(n)).filter((m): m is RegExpExecArray => m !== null && m[1]!.includes(' '));
  const heads = [...new Set(placed.map((m) => m[1]!))];
  const cities = [...new Set(placed.map((m) => m[2]!))];
  const gapped = heads.length ? `|(?<h>${alternation(heads)})(?=(?:\\s+[^\\s،,.؛:«»"]+){1,${GAP_WORDS}}\\s+في\\s+(?<c>${alternation(cities)})(?![\\p{L}]))` : '';
  const value = names.length ? {
    re: new RegExp(WORD_START + `(?:${alternation(names)}${gapped})` + WORD_END, 'gu'), byAlias,
    trigger: { re: new RegExp(`(?:${alternation(leads)})`, 'gu'), lookback: 2 },
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
    const key = m.groups?.h ? `${m.groups.h.replace(/\s+/g, ' ')} في ${m.groups.c}` : m[0].replace(/\s+/g, ' ');
    const ids = aliasIndex(ctx.rounds)?.byAlias.get(key);
    if (!ids) return null;
    const named = ids.map((id) => ctx.rounds.find((x) => x.id === id)!);
    const r = named[0]!;
    const track = named.every((x) => x.track === r.track) ? { track: r.track } : {};
    return {
      start: m.index, end: m.index + m[0].length, kind: 'round', parser: 'named-meeting',
      stated: named.length === 1 ? { roundId: r.id, track: r.track, ...(r.number !== null ? { round: r.number } : {}) } : { roundIds: ids, ...track },
    };
  },
};
