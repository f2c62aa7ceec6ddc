// How well generated content dates articles and events, against a gold file (the format of
// tests/fixtures/heldout/gold.json). Pure: the articles and entries come in as parsed front matter.
//
// An article date (or an event date) is judged against the gold's accepted days or interval:
// - right: it is an accepted day (or lies inside the gold interval): the exact day;
// - honest: wider than the gold, but it holds an accepted day (or the whole gold interval);
// - excluding: it can exclude the true day, the one mistake the engine must not make;
// - refused: no date printed (the build asks for `published:`), or no article written.
// An event is found when one entry of its article quotes (or titles) at least 60 % of the gold
// snippet's words, Arabic spelling folded; the best-covering entry's date is judged.
import { foldArabic } from '../src/lib/arabic-fold.ts';
import { dateSpan } from '../src/lib/date-span.ts';

export type DateSpec = { accept: string[] } | { within: string };
export interface GoldEvent { snippet: string; accept?: string[]; within?: string }
export interface GoldArticle { file: string; about_talks?: boolean; published: DateSpec; events?: GoldEvent[] }
export interface Gold { articles: GoldArticle[] }

export interface ContentArticle { id: string; source: string; published?: string; relevant?: boolean }
export interface ContentEntry { file: string; date?: string; title?: string; sources?: { article?: string; quote?: string }[] }

export type Verdict = 'right' | 'honest' | 'excluding' | 'refused';

/** The same counts, under the same names, as the team's reference scorer prints with --json. */
export interface Tally {
  articles: number; articleRight: number; articleWrong: number; articleHonest: number; articleExcluding: number; articleMissing: number;
  /** The width in days of each honest article interval, in the gold's order. */
  honestDays: number[];
  negatives: number; negativesRight: number;
  events: number; eventFound: number; eventRight: number; eventWrong: number; eventHonest: number; eventExcluding: number;
}

export interface Score { tally: Tally; lines: string[] }

type Span = readonly [string, string];

function span(edtf: string | undefined): Span | null {
  if (!edtf) return null;
  const s = dateSpan(edtf);
  return s ? [s.start, s.end] : null;
}

const same = (p: Span, q: Span | null) => q !== null && p[0] === q[0] && p[1] === q[1];
const inside = (p: Span | null, q: Span | null) => p !== null && q !== null && p[0] >= q[0] && p[1] <= q[1];
const days = (p: Span) => Math.round((Date.parse(p[1]) - Date.parse(p[0])) / 864e5) + 1;

/** A predicted date against a gold spec. */
export function judge(spec: { accept?: string[]; within?: string }, predicted: string | undefined): Verdict {
  const p = span(predicted);
  if (!p) return 'refused';
  if (spec.accept) {
    const accepted = spec.accept.map(span);
    if (accepted.some((g) => same(p, g))) return 'right';
    return accepted.some((g) => inside(g, p)) ? 'honest' : 'excluding';
  }
  const within = span(spec.within);
  if (inside(p, within)) return 'right';
  return inside(within, p) ? 'honest' : 'excluding';
}

const words = (text: string) => foldArabic(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The share of the snippet's words that occur in the text. */
export function coverage(snippet: string, text: string): number {
  const have = new Set(words(text));
  const want = words(snippet);
  return want.length ? want.filter((w) => have.has(w)).length / want.length : 0;
}

const FOUND = 0.6;

export function scoreContent(gold: Gold, articles: readonly ContentArticle[], entries: readonly ContentEntry[]): Score {
  const tally: Tally = { articles: 0, articleRight: 0, articleWrong: 0, articleHonest: 0, articleExcluding: 0, articleMissing: 0, honestDays: [],
    negatives: 0, negativesRight: 0, events: 0, eventFound: 0, eventRight: 0, eventWrong: 0, eventHonest: 0, eventExcluding: 0 };
  const lines: string[] = [];
  const bySource = new Map(articles.map((a) => [a.source.split('/').pop()!, a]));
  const entriesOf = (a: ContentArticle | undefined) => (a ? entries.filter((e) => (e.sources ?? []).some((s) => s.article === a.id)) : []);

  for (const g of gold.articles) {
    const a = bySource.get(g.file);
    const mine = entriesOf(a);
    if (g.about_talks === false) {
      tally.negatives++;
      const ok = !a || (a.relevant === false && mine.length === 0);
      if (ok) tally.negativesRight++;
      lines.push(`${g.file}: not about the talks: ${ok ? 'recognized' : `taken as about them (${mine.length} entries)`}`);
      continue;
    }
    tally.articles++;
    const verdict = judge(g.published, a?.published);
    if (verdict === 'right') tally.articleRight++;
    else if (verdict === 'refused') tally.articleMissing++;
    else {
      tally.articleWrong++;
      if (verdict === 'honest') {
        tally.articleHonest++;
        tally.honestDays.push(days(span(a!.published)!));
      } else tally.articleExcluding++;
    }
    lines.push(`${g.file}: published ${a?.published ?? '-'} against ${JSON.stringify(g.published)}: ${verdict}`);
    for (const ev of g.events ?? []) {
      tally.events++;
      let best: ContentEntry | null = null;
      let bestCoverage = 0;
      for (const e of mine) {
        const quotes = (e.sources ?? []).filter((s) => s.article === a!.id).map((s) => s.quote ?? '');
        const c = coverage(ev.snippet, [e.title ?? '', ...quotes].join(' '));
        if (c > bestCoverage) [best, bestCoverage] = [e, c];
      }
      if (!best || bestCoverage < FOUND) {
        lines.push(`  not found: «${ev.snippet}»`);
        continue;
      }
      tally.eventFound++;
      const v = judge(ev, best.date);
      if (v === 'right') tally.eventRight++;
      else {
        tally.eventWrong++;
        if (v === 'honest') tally.eventHonest++;
        else tally.eventExcluding++;
      }
      lines.push(`  ${v}: ${best.date ?? '-'} (${best.file}) for «${ev.snippet}»`);
    }
  }
  return { tally, lines };
}

/** The figures, in the words of README's "How good the dating is". */
export function summarize(t: Tally): string {
  const pct = (n: number, d: number) => (d ? `${Math.round((100 * n) / d)} %` : '-');
  return [
    `articles about the talks: ${t.articles}: exact day ${t.articleRight} (${pct(t.articleRight, t.articles)}), honest interval ${t.articleHonest}` +
      `${t.honestDays.length ? ` (${[...t.honestDays].sort((x, y) => x - y).join(', ')} days wide)` : ''}, excluding the day ${t.articleExcluding}, refused ${t.articleMissing}`,
    `events: ${t.events}: found ${t.eventFound} (${pct(t.eventFound, t.events)}), dated right ${t.eventRight} (${pct(t.eventRight, t.events)}), honest ${t.eventHonest}, excluding ${t.eventExcluding}`,
    `not about the talks: ${t.negatives}: recognized ${t.negativesRight}`,
  ].join('\n');
}
