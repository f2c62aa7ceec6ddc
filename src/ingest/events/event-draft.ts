import type { Entry } from '../../lib/schemas.ts';
import type { TimeExpression } from '../dating-contract.ts';

/** One reported event found in one article, before linking and merging. */
export interface EventDraft {
  /** The quote's span in the cleaned text. */
  start: number;
  end: number;
  quote: string;
  title: string;
  kind: Entry['kind'];
  /** The expression that dates it (resolved). */
  expression: TimeExpression;
  /** Round ids named by round expressions inside the quote. */
  roundIds: string[];
}
