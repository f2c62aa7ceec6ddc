import type { ArticleStage } from '../article-state.ts';
import { sourceOffset } from '../shared/mapped-text.ts';
import { datedLength, MAX_DATED_CHARS } from '../shared/article-limits.ts';
import { weighPageDate } from './weigh-page-date.ts';
import { datedText } from './dated-text.ts';
import type { DatingResult } from '../time/index.ts';

/**
 * Dates the article with the date engine (its own date, then every expression). No engine: the
 * article stays undated and yields no entries. No evidence: an error that tells the maintainer what to add.
 * An abnormally large article is dated from its first MAX_DATED_CHARS characters, with a warning.
 */
export const dateStage: ArticleStage = (state, context) => {
  if (!context.dateArticle) return { ...state, stopped: true };
  const clean = state.clean!;
  const read = state.read!;
  const text = clean.text.text;
  const limit = datedLength(text);
  const dated = datedText(limit < text.length ? text.slice(0, limit) : text, read.overrides.title);
  const dating = shiftedBack(context.dateArticle(dated.text, {
    published: read.overrides.published, url: read.overrides.url, rounds: context.rounds,
    metaPublished: read.page?.published ? { day: read.page.published.day, field: read.page.published.field } : undefined,
  }), dated.shift);
  const messages = [...state.messages];
  if (limit < text.length) {
    const size = (n: number) => n.toLocaleString('en-US');
    messages.push({
      offset: sourceOffset(clean.text, limit),
      severity: 'warning',
      rule: 'article-too-large',
      reason: `abnormally large article (${size(read.text.length)} characters, ${size(text.length)} after cleaning; a news article is rarely over 50,000): dates and events are read from its first ${size(limit)} characters only (cap ${size(MAX_DATED_CHARS)}), up to here; its page keeps the whole text`,
    });
  }
  for (const m of dating.messages) {
    messages.push({ offset: sourceOffset(clean.text, m.start), severity: m.severity, rule: 'dating', reason: m.reason });
  }
  messages.push(...weighPageDate(read.page?.published, dating));
  if (!dating.anchor && !dating.messages.some((m) => m.severity === 'error')) {
    messages.push({ offset: read.bodyOffset, severity: 'error', rule: 'no-date-evidence', reason: 'no date evidence: add published: YYYY-MM-DD to the front matter' });
  }
  return { ...state, dating, messages };
};

/** The engine's positions in the clean text: a title put before it is not the text's, so what it found
 *  there (a headline's day) stays evidence but is no expression of the body. */
function shiftedBack(dating: DatingResult, shift: number): DatingResult {
  if (shift === 0) return dating;
  const at = (n: number): number => Math.max(0, n - shift);
  const evidence = <T extends { start: number; end: number }>(e: T): T => ({ ...e, start: at(e.start), end: at(e.end) });
  return {
    anchor: dating.anchor && { ...dating.anchor, evidence: dating.anchor.evidence.map(evidence), conflicts: dating.anchor.conflicts.map(evidence) },
    expressions: dating.expressions.filter((e) => e.start >= shift).map(evidence),
    messages: dating.messages.map(evidence),
  };
}
