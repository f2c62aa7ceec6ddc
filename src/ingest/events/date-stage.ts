import type { ArticleStage } from '../article-state.ts';
import { sourceOffset } from '../clean/mapped-text.ts';

/**
 * Dates the article with the date engine (its own date, then every expression). No engine: the
 * article stays undated and yields no entries. No evidence: an error that tells the maintainer what to add.
 */
export const dateStage: ArticleStage = (state, context) => {
  if (!context.dateArticle) return { ...state, stopped: true };
  const clean = state.clean!;
  const read = state.read!;
  const dating = context.dateArticle(clean.text.text, { published: read.overrides.published, rounds: context.rounds });
  const messages = [...state.messages];
  for (const m of dating.messages) {
    messages.push({ offset: sourceOffset(clean.text, m.start), severity: m.severity, rule: 'dating', reason: m.reason });
  }
  if (!dating.anchor && !dating.messages.some((m) => m.severity === 'error')) {
    messages.push({ offset: read.bodyOffset, severity: 'error', rule: 'no-date-evidence', reason: 'no date evidence: add published: YYYY-MM-DD to the front matter' });
  }
  return { ...state, dating, messages };
};
