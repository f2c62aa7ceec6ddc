// What the clue builders read: the folded text, the placed expressions, track names, the catalog.
import type { Expr, RoundRef } from '../types.ts';
import { KIND_TRAITS } from '../kind-traits.ts';
import type { TrackMention } from './round-candidates.ts';
import type { DatingParams } from './fitted-params.ts';

export interface ClueContext {
  folded: string;
  exprs: Expr[];
  mentions: TrackMention[];
  rounds: RoundRef[];
  aboutTalks: boolean;
  /** Where the lead ends (the headline and the first sentence): what it reports is the day's news. */
  leadEnd: number;
  /** Where the headline line ends (0 when the text opens on its story). */
  headlineEnd: number;
  /** Where a line of dates alone that opens the page, above its headline, ends (0 when there is none). */
  pageTopEnd: number;
  /** Where a line of dates alone that closes the page, below its story, starts (the text's length when there is none). */
  pageFootStart: number;
  params: DatingParams;
}

/** Expressions that pin a day relative to the article: the ones a round is tied to first. */
export function isDayLevel(e: Expr): boolean {
  return KIND_TRAITS[e.kind].day && e.stated.year === undefined;
}

/** Coarser expressions relative to the article ("الأسبوع المقبل"، "كانون الأول الجاري"): tied to a round when no day is. */
export function isPeriodLevel(e: Expr): boolean {
  const t = KIND_TRAITS[e.kind];
  return t.period && (t.relative ? e.stated.day === undefined : e.stated.year === undefined);
}
