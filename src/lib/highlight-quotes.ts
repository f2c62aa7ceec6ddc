// Splits a paragraph into plain and highlighted segments, one highlight per quoted sentence found in it.
// Quotes are looked up exactly, then through Arabic folding (a quote may differ in hamza or diacritics
// from the cleaned text); overlapping quotes keep the one that starts first.
import { foldWithMap } from './arabic-fold.ts';

export interface QuoteRef { id: string; quote: string }
export interface Segment { text: string; ids: string[] }

export function highlightQuotes(paragraph: string, quotes: QuoteRef[]): Segment[] {
  const folded = foldWithMap(paragraph);
  const hits: { start: number; end: number; id: string }[] = [];
  for (const q of quotes) {
    const quote = q.quote.trim();
    if (!quote) continue;
    let start = paragraph.indexOf(quote);
    let end = start + quote.length;
    if (start < 0) {
      const fq = foldWithMap(quote).text;
      const at = fq ? folded.text.indexOf(fq) : -1;
      if (at < 0) continue;
      start = folded.map[at]!;
      end = folded.map[at + fq.length - 1]! + 1;
    }
    hits.push({ start, end, id: q.id });
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let pos = 0;
  for (const h of hits) {
    if (h.start < pos) {
      const last = segments[segments.length - 1];
      if (last && last.ids.length > 0 && h.start >= pos - last.text.length && h.end <= pos) last.ids.push(h.id);
      continue;
    }
    if (h.start > pos) segments.push({ text: paragraph.slice(pos, h.start), ids: [] });
    segments.push({ text: paragraph.slice(h.start, h.end), ids: [h.id] });
    pos = h.end;
  }
  if (pos < paragraph.length) segments.push({ text: paragraph.slice(pos), ids: [] });
  return segments;
}
