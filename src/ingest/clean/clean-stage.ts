import type { ArticleStage } from '../article-state.ts';
import { cleanArticle } from './clean-article.ts';
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
