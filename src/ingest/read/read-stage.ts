import type { ArticleStage } from '../article-state.ts';
import { readArticle } from './read-article.ts';

/**
 * Decodes the file and its front matter; an unreadable file, `ignore: true` or `withdrawn: "…"` stops
 * the article (a withdrawn one is never read further: nothing of its text may be published).
 */
export const readStage: ArticleStage = (state) => {
  const read = readArticle(state.source, state.bytes, state.id);
  const messages = [...state.messages, ...read.messages];
  if (read.ok && read.overrides.withdrawn !== undefined) {
    messages.push({ offset: 0, severity: 'info', rule: 'withdrawn', reason: 'withdrawn: its pages now say so, and why; its text is no longer published' });
  } else if (read.ok && read.overrides.ignore) {
    messages.push({ offset: 0, severity: 'info', rule: 'ignored', reason: 'ignore: true in the front matter: article skipped' });
  }
  return { ...state, read, messages, stopped: !read.ok || read.overrides.ignore === true || read.overrides.withdrawn !== undefined };
};
