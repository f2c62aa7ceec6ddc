import type { ArticleStage } from '../article-state.ts';
import type { EventRecord } from '../shared/event-record.ts';
import { shortHash } from '../shared/short-hash.ts';
import { explainResolution } from './explain-resolution.ts';
import { foldWords } from '../shared/fold-words.ts';
import { linkActors } from './link-actors.ts';
import { articleTracks, linkRound, type RoundLink } from './link-round.ts';
import { roundTitle } from './round-title.ts';

/**
 * A round found by its dates alone is not the event's when the quote places the event in another city:
 * "محادثات في موسكو اليوم مع لافروف" on the opening day of Astana 8 is a meeting in Moscow.
 */
function unlessElsewhere(link: RoundLink, places: readonly string[], context: Parameters<ArticleStage>[1]): RoundLink {
  if (link.by !== 'date' || !link.round || places.length === 0) return link;
  const city = context.rounds.find((r) => r.id === link.round)?.city_ar ?? '';
  const venues = linkActors(city, context.matcher).places;
  return places.some((p) => venues.includes(p)) ? link : { flags: [] };
}

/**
 * Links each event to its round, actors and places, and gives it its candidate entry id: the article
 * id plus a hash of the folded quote. Nothing inferred (a date, a round) goes into the id, so a better
 * date never changes a URL.
 */
export const linkStage: ArticleStage = (state, context) => {
  const id = state.read!.id;
  const anchor = state.dating?.anchor?.edtf;
  const used = new Map<string, number>();
  const tracks = state.drafts.length > 0 ? articleTracks(state.clean?.text.text ?? '', state.folded, state.words) : new Set<string>();
  const events: EventRecord[] = state.drafts.map((d) => {
    const resolved = d.expression.resolved!;
    // Folded once for the actors, the round and the id.
    const folded = foldWords(d.quote);
    const { actors, places } = linkActors(d.quote, context.matcher, folded);
    const { round, flags } = unlessElsewhere(linkRound(d.quote, resolved.edtf, d.roundIds, context.rounds, tracks, folded), places, context);
    let candidate = `${id}-${shortHash(folded, 6)}`;
    const seen = used.get(candidate) ?? 0;
    used.set(candidate, seen + 1);
    if (seen > 0) candidate = `${candidate}-${seen + 1}`;
    return {
      id: candidate,
      article: id,
      order: d.start,
      date: resolved.edtf,
      dateCertainty: resolved.certainty,
      title: roundTitle(d.kind, context.rounds.find((r) => r.id === round), resolved.edtf) ?? d.title,
      kind: d.kind,
      round,
      actors,
      places,
      quote: d.quote,
      datedBy: { expression: d.expression.text, resolution: explainResolution(d.expression, anchor, context.rounds.find((r) => r.id === d.expression.roundId)?.name_ar), article: id, anchor },
      flags,
    };
  });
  return { ...state, events };
};
