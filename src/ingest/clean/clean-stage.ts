import type { ArticleStage } from '../article-state.ts';
import { cleanArticle } from './clean-article.ts';
import { judgeRelevance } from '../relevance/judge-relevance.ts';
import { remapClean } from './remap-clean.ts';

/** Removes site furniture, finds title, outlet and language; a non-Arabic article stops here. */
export const cleanStage: ArticleStage = (state) => {
  const read = state.read!;
  const clean = read.body ? remapClean(cleanArticle(read.body.text, 0), read.body) : cleanArticle(read.text, read.bodyOffset);
  const messages = [...state.messages, ...clean.messages];
  if (clean.messages.some((m) => m.severity === 'error')) return { ...state, clean, messages, stopped: true };
  if (clean.language.language !== 'ar') {
    const share = Math.round(clean.language.arabicShare * 100);
    messages.push({ offset: read.bodyOffset, severity: 'warning', rule: 'not-arabic', reason: `article is not in Arabic (language ${clean.language.language}, ${share}% Arabic letters): kept as an article, no entries extracted` });
    return { ...state, clean, messages, stopped: true };
  }
  return { ...state, clean, messages };
};

/** Judges whether the article is about the talks; one that is not keeps its page but gives no entries. */
export const relevanceStage: ArticleStage = (state, context) => {
  const relevance = judgeRelevance(state.clean!.text.text, context.catalogNames);
  if (relevance.relevant) return { ...state, relevance };
  const messages = [...state.messages, { offset: state.read!.bodyOffset, severity: 'warning' as const, rule: 'not-about-talks', reason: `article does not look like news of the Syria talks (talks terms found: ${relevance.strong.join('، ') || 'none'}): relevant: false, no entries` }];
  return { ...state, relevance, messages, stopped: true };
};
