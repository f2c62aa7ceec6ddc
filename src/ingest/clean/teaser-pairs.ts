// Lists of other stories as pages print them: a headline and its date, again and again («المعارضة
// تعلن مشاركتها في أستانا» / «3 يناير 2019»). Their dates are not the page's stamp. The story's own
// headline and stamp have the same shape, and stand last before its first paragraph.
import type { LineSignals } from './line-signals.ts';

/** A teaser's headline: a few words, no sentence, no date. */
const isTeaserHead = (s: LineSignals): boolean => s.words >= 2 && s.words <= 20 && !s.dateLine && !s.sentenceEnd;

/** A list is two teasers or more: one headline and date alone is a byline's stamp as often. */
const MIN_PAIRS = 2;

/** Line indices of (headline, date) pairs that follow one another, blank lines aside, from `from`
 *  to `to` (exclusive): runs of at least MIN_PAIRS pairs. */
function pairRuns(signals: readonly LineSignals[], from: number, to: number): number[][] {
  const lines: number[] = [];
  for (let i = from; i < to; i++) if (signals[i]!.words > 0 || signals[i]!.dateLine) lines.push(i);
  const runs: number[][] = [];
  let run: number[] = [];
  const close = () => { if (run.length >= 2 * MIN_PAIRS) runs.push(run); run = []; };
  for (let k = 0; k < lines.length; k++) {
    const head = signals[lines[k]!]!;
    const date = lines[k + 1] === undefined ? undefined : signals[lines[k + 1]!]!;
    if (isTeaserHead(head) && date?.dateLine) { run.push(lines[k]!, lines[k + 1]!); k++; continue; }
    close();
  }
  close();
  return runs;
}

/** How many lines (blank ones aside) a story's headline and stamp may stand above its first paragraph:
 *  a byline or a share bar may come between. */
const HEAD_REACH = 4;
/** A line between the pair and the paragraph is a byline or a share bar up to this many words; a
 *  longer one is the story's own lead, and the pair above it a teaser's. */
const BETWEEN_WORDS = 12;

/**
 * The story's own headline and stamp: the (headline, date) pair, in either order, nearest above its first
 * paragraph. Returns their line indices, or [] when no such pair stands there.
 */
export function storyHeadBefore(signals: readonly LineSignals[], story: number): number[] {
  const lines: number[] = [];
  for (let i = story - 1; i >= 0 && lines.length < HEAD_REACH + 1; i--) if (signals[i]!.words > 0 || signals[i]!.dateLine) lines.push(i);
  for (let k = 0; k + 1 < lines.length; k++) {
    const a = signals[lines[k]!]!;
    const b = signals[lines[k + 1]!]!;
    if ((a.dateLine && isTeaserHead(b)) || (isTeaserHead(a) && b.dateLine)) return [lines[k + 1]!, lines[k]!];
    // Only a short line (a byline, a share bar) may stand between the pair and the paragraph.
    if (a.dateLine || a.words > BETWEEN_WORDS) return [];
  }
  return [];
}

/**
 * The dates of teaser lists around the story: after its last paragraph, every pair of a run of two or
 * more; before its first, every pair of such a run but the story's own headline and stamp. Returns the
 * date lines to take out of the dating.
 */
export function teaserDates(signals: readonly LineSignals[], firstStory: number, lastStory: number): number[] {
  const out: number[] = [];
  if (lastStory >= 0) for (const run of pairRuns(signals, lastStory + 1, signals.length)) for (let k = 1; k < run.length; k += 2) out.push(run[k]!);
  // A story whose own stamp follows its first paragraph (a long first line read as story, its date
  // under it) has no head in the block above: the block's last pair is one more teaser.
  const stampBelow = signals.slice(firstStory + 1, firstStory + 1 + HEAD_REACH).some((s) => s.dateLine);
  const own = new Set(firstStory < signals.length && !stampBelow ? storyHeadBefore(signals, firstStory) : []);
  for (const run of pairRuns(signals, 0, firstStory)) for (let k = 1; k < run.length; k += 2) if (!own.has(run[k]!)) out.push(run[k]!);
  return out;
}
