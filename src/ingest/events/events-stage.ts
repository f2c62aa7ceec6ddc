import type { ArticleStage } from '../article-state.ts';
import { datedLength, MAX_ENTRIES_PER_ARTICLE } from '../shared/article-limits.ts';
import { extractEvents } from './extract-events.ts';

/**
 * Finds the dated events the story reports (from the body, after the title line, within the part the
 * date stage read). More than MAX_ENTRIES_PER_ARTICLE: the first ones are kept, with a warning.
 */
export const eventsStage: ArticleStage = (state) => {
  const clean = state.clean!;
  const expressions = state.dating?.expressions ?? [];
  const limit = datedLength(clean.text.text);
  const paragraphs = limit < clean.text.text.length ? clean.paragraphs.filter((p) => p.end <= limit) : clean.paragraphs;
  const anchor = state.dating?.anchor;
  const lead = anchor ? { start: clean.bodyStart, anchor: { edtf: anchor.edtf, certainty: anchor.certainty, how: 'the article date: the lead tells the day\'s news' }, headline: clean.title?.replace(/\s*…$/u, '') } : undefined;
  const drafts = extractEvents(clean.text.text, paragraphs, expressions.filter((e) => e.start >= clean.bodyStart), lead);
  if (drafts.length <= MAX_ENTRIES_PER_ARTICLE) return { ...state, drafts };
  const kept = drafts.slice(0, MAX_ENTRIES_PER_ARTICLE);
  const message = {
    offset: state.read!.bodyOffset,
    severity: 'warning' as const,
    rule: 'too-many-entries',
    reason: `abnormal number of dated events in one article (${drafts.length}, more than the cap of ${MAX_ENTRIES_PER_ARTICLE}): only the first ${MAX_ENTRIES_PER_ARTICLE} become entries; is this one article?`,
  };
  return { ...state, drafts: kept, messages: [...state.messages, message] };
};
