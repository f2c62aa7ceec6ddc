import type { Entry } from '../../lib/schemas.ts';

/** One article's report of one event, linked and ready to merge (plain JSON: cached in the manifest). */
export interface EventRecord {
  /** Candidate entry id: the article id and a hash of the folded quote (never inferred data). */
  id: string;
  article: string;
  /** Position in the article, for a stable order. */
  order: number;
  date: string;
  dateCertainty: Entry['dateCertainty'];
  title: string;
  kind: Entry['kind'];
  round?: string;
  actors: string[];
  places: string[];
  quote: string;
  datedBy: Entry['datedBy'];
  flags: string[];
}
