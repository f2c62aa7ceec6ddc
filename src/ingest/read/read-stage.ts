import type { ArticleStage } from '../article-state.ts';
import { readArticle } from './read-article.ts';

/** Decodes the file and its front matter; an unreadable file or `ignore: true` stops the article. */
export const readStage: ArticleStage = (state) => {
  const read = readArticle(state.source, state.bytes);
  const messages = [...state.messages, ...read.messages];
  if (read.ok && read.overrides.ignore) {
    messages.push({ offset: 0, severity: 'info', rule: 'ignored', reason: 'ignore: true in the front matter: article skipped' });
  }
  return { ...state, read, messages, stopped: !read.ok || read.overrides.ignore === true };
};
