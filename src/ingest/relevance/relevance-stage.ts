import type { ArticleStage } from '../article-state.ts';
import { judgeRelevance } from './judge-relevance.ts';

/** Judges whether the article is about the talks; one that is not keeps its page but gives no entries. */
export const relevanceStage: ArticleStage = (state, context) => {
  const text = state.clean!.text.text;
  const folded = state.clean!.folded;
  const words = folded.split(' ');
  const relevance = judgeRelevance(text, context.catalogNames, folded, context.syriaNames, context.catalogSameAs, words);
  if (relevance.relevant) return { ...state, relevance, folded, words };
  const messages = [...state.messages, { offset: state.read!.bodyOffset, severity: 'warning' as const, rule: 'not-about-talks', reason: `article does not look like news of the Syria talks (talks terms found: ${relevance.strong.join('، ') || 'none'}${relevance.syria ? '' : '; Syria not named'}): relevant: false, no entries` }];
  return { ...state, relevance, folded, messages, stopped: true };
};
