import type { ArticleStage } from '../article-state.ts';
import { extractEvents } from './extract-events.ts';

/** Finds the dated events the story reports (from the body, after the title line). */
export const eventsStage: ArticleStage = (state) => {
  const clean = state.clean!;
  const expressions = state.dating?.expressions ?? [];
  const drafts = extractEvents(clean.text.text, clean.paragraphs, expressions.filter((e) => e.start >= clean.bodyStart));
  return { ...state, drafts };
};
