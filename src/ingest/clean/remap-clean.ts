import type { CleanArticle } from './clean-article.ts';
import type { MappedText } from '../shared/mapped-text.ts';

/**
 * A clean article made from a derived text (a web page's article, Markdown as read) with its offsets
 * carried through that text's map to the file's: every diagnostic then names the file's own line.
 */
export function remapClean(clean: CleanArticle, through: MappedText): CleanArticle {
  const at = (o: number) => through.map[Math.max(0, Math.min(o, through.text.length))]!;
  return {
    ...clean,
    text: { text: clean.text.text, map: clean.text.map.map(at) },
    dropped: clean.dropped.map((d) => ({ ...d, offset: at(d.offset) })),
    messages: clean.messages.map((m) => ({ ...m, offset: at(m.offset) })),
  };
}
