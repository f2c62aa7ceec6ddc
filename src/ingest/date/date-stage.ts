import type { ArticleStage } from '../article-state.ts';
import { sourceOffset } from '../shared/mapped-text.ts';
import { datedLength, MAX_DATED_CHARS } from '../shared/article-limits.ts';
import { weighPageDate } from './weigh-page-date.ts';

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
  const dating = context.dateArticle(limit < text.length ? text.slice(0, limit) : text, {
    published: read.overrides.published, url: read.overrides.url, rounds: context.rounds,
    metaPublished: read.page?.published ? { day: read.page.published.day, field: read.page.published.field } : undefined,
  });
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
