import type { PipelineContext } from './article-state.ts';
import type { Catalog } from './catalog/load-catalog.ts';
import type { DateArticle, RoundRef } from './dating-contract.ts';
import { actorMatcher } from './link/actor-matcher.ts';
import { foldWords } from './shared/fold-words.ts';
import { HOST_CITY_SPELLINGS, TALKS_CITY_NAMES } from '../lib/lexicon/talks.ts';

/** The cities the lexicon knows as the talks' own, folded. */
const TALKS_CITIES = new Set(TALKS_CITY_NAMES.map(foldWords));
/** Each host city's spellings, folded, by any one of them: the catalog writes «أستانا», a story «آستانة». */
const SPELLINGS = new Map<string, string[]>();
for (const names of HOST_CITY_SPELLINGS) {
  const all = [...new Set(names.map(foldWords))];
  for (const n of all) SPELLINGS.set(n, all);
}

/** The context every article stage reads, built once from the validated catalog. */
export function pipelineContext(catalog: Catalog, dateArticle: DateArticle | null): PipelineContext {
  const rounds: RoundRef[] = catalog.rounds.map((r) => ({
    id: r.id, track: r.track, number: r.number, start: r.start, end: r.end, name_ar: r.name_ar, aliases_ar: r.aliases_ar, city_ar: r.city_ar,
    ...(r.session !== undefined ? { session: r.session } : {}),
    ...(r.opened !== undefined ? { opened: r.opened } : {}),
    ...(r.scheduled.length > 0 ? { scheduled: r.scheduled.map((s) => ({ start: s.start, end: s.end, ...(s.approximate ? { approximate: true } : {}) })) } : {}),
  }));
  const names = new Set<string>();
  // One term however often and however spelled: a person's variants, a host city's spellings.
  const sameAs = new Map<string, string>();
  // A meeting's city is a talks term when a track met there or the lexicon knows it as a city of the talks:
  // a summit or a ministers' meeting held elsewhere («إسطنبول»، «عمّان»، «دمشق») names a city that
  // everyday news names, and its own names («القمة الرباعية في إسطنبول») are its terms.
  for (const r of catalog.rounds) {
    for (const n of [r.name_ar, ...r.aliases_ar]) names.add(foldWords(n));
    const city = foldWords(r.city_ar);
    if (r.track !== 'summits' || TALKS_CITIES.has(city)) {
      for (const n of SPELLINGS.get(city) ?? [city]) {
        names.add(n);
        if (n !== city) sameAs.set(n, city);
      }
    }
  }
  // A bare one-word variant with the article («الأسد») is a name only in context: not a talks term on its own.
  for (const a of catalog.actors) {
    if (a.kind !== 'person') continue;
    const first = foldWords(a.name_ar);
    for (const n of [a.name_ar, ...a.variants]) {
      const name = foldWords(n);
      if (/^ال\S+$/u.test(name)) continue;
      names.add(name);
      if (name !== first) sameAs.set(name, first);
    }
  }
  // A town's one word is its name; a person's surname alone may be another's («لارس بيدرسن»): only full names.
  const syriaNames = new Set<string>();
  for (const a of catalog.actors) if (a.syria_only) for (const n of [a.name_ar, ...a.variants]) if (a.kind === 'place' || /\s/u.test(n.trim())) syriaNames.add(foldWords(n));
  return {
    rounds, actors: catalog.actors, matcher: actorMatcher(catalog.actors), catalogNames: [...names].filter((n) => n.length >= 4).sort(),
    syriaNames: [...syriaNames].sort(), catalogSameAs: sameAs, dateArticle,
  };
}
