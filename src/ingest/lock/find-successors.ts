import { contentWords } from '../shared/content-words.ts';

/** A report of an event: its candidate id, its article and the quote it was cut from. */
export interface QuotedReport {
  id: string;
  article: string;
  quote: string;
}

/** Shared content words at least this share of the shorter quote's: the same sentence, edited or re-cut. */
const MIN_OVERLAP = 0.6;
/** And at least this many words, so that two short phrases sharing a name are not taken for one. */
const MIN_SHARED = 3;

function shared(a: ReadonlySet<string>, b: readonly string[]): number {
  let n = 0;
  for (const w of b) if (a.has(w)) n++;
  return n;
}

/**
 * A published entry id vanishes when its quote changes: a typo fixed in the seed, a sentence cut
 * differently by a better splitter. Its successor is the entry now holding the report of the same
 * article whose quote shares most of its words (most shared words, then the closer overlap, then
 * the smaller id, so the choice is the same on every run). `entryOf` maps a report id to the live
 * entry it became part of. Ids with no such report get no successor and still stop the run.
 */
export function findSuccessors(
  gone: readonly QuotedReport[],
  reports: readonly QuotedReport[],
  entryOf: (reportId: string) => string | undefined,
): Record<string, string> {
  const byArticle = new Map<string, QuotedReport[]>();
  for (const r of reports) {
    const list = byArticle.get(r.article);
    if (list) list.push(r);
    else byArticle.set(r.article, [r]);
  }
  const wordsOf = new Map<string, string[]>();
  const words = (r: QuotedReport) => {
    let w = wordsOf.get(r.id);
    if (!w) wordsOf.set(r.id, (w = contentWords(r.quote)));
    return w;
  };
  const out: Record<string, string> = {};
  for (const old of gone) {
    const mine = new Set(contentWords(old.quote));
    let best: { entry: string; shared: number; overlap: number } | null = null;
    for (const r of byArticle.get(old.article) ?? []) {
      const entry = entryOf(r.id);
      if (!entry) continue;
      const w = words(r);
      const n = shared(mine, w);
      const overlap = n / Math.max(1, Math.min(mine.size, w.length));
      if (n < MIN_SHARED || overlap < MIN_OVERLAP) continue;
      if (!best || n > best.shared || (n === best.shared && (overlap > best.overlap || (overlap === best.overlap && entry < best.entry)))) {
        best = { entry, shared: n, overlap };
      }
    }
    if (best) out[old.id] = best.entry;
  }
  return out;
}
