import type { ActorMatcher } from './actor-matcher.ts';
import { foldWords } from './fold-words.ts';

// "مبعوث الرئيس الروسي", "نائب وزير الخارجية": the person named after these words is not the one acting.
const ON_BEHALF = /(?:^| )(?:ال)?(?:مبعوث|موفد|ممثل|مستشار|مساعد|مساعدي|نائب|الخاص) $/u;
// A person named by office ("الرئيس الروسي", "وزير الخارجية"), not by name.
const TITLE = /^(?:ال)?(?:رييس|وزير|ملك|امير|مرشد)/u; // folded: رئيس → رييس
// A bare noun with the article standing for a body («النظام») names it only on its own: followed by an
// adjective or another defined word («النظام الداخلي», «النظام الدولي», «النظام الإيراني») it is something else.
const BARE_WORD = /^ال\S+$/u;
const QUALIFIED = /^ (?:ال|لل)\S/u;

/** Actors and places (catalog ids) named in a quote, each once, in sorted order. */
export function linkActors(quote: string, matcher: ActorMatcher): { actors: string[]; places: string[] } {
  const actors = new Set<string>();
  const places = new Set<string>();
  if (!matcher.pattern) return { actors: [], places: [] };
  const folded = foldWords(quote);
  for (const m of folded.matchAll(matcher.pattern)) {
    const actor = matcher.byVariant.get(m[1]!);
    if (!actor) continue;
    if (actor.kind === 'person' && TITLE.test(m[1]!) && ON_BEHALF.test(folded.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (actor.kind !== 'person' && BARE_WORD.test(m[1]!) && QUALIFIED.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    (actor.kind === 'place' ? places : actors).add(actor.id);
  }
  return { actors: [...actors].sort(), places: [...places].sort() };
}
