import type { ArticleStage } from '../article-state.ts';
import { judgeRelevance } from './judge-relevance.ts';

/** Judges whether the article is about the talks; one that is not keeps its page but gives no entries. */
export const relevanceStage: ArticleStage = (state, context) => {
  const relevance = judgeRelevance(state.clean!.text.text, context.catalogNames);
  if (relevance.relevant) return { ...state, relevance };
  const messages = [...state.messages, { offset: state.read!.bodyOffset, severity: 'warning' as const, rule: 'not-about-talks', reason: `article does not look like news of the Syria talks (talks terms found: ${relevance.strong.join('، ') || 'none'}): relevant: false, no entries` }];
  return { ...state, relevance, messages, stopped: true };
};
