import type { PendingMessage } from '../diagnostics/diagnostic.ts';
import { articleIdFromPath } from './article-id-from-path.ts';
import { articleOverrides, type ArticleOverrides } from './article-overrides.ts';
import { decodeBytes } from './decode-bytes.ts';
import { splitFrontMatter } from './split-front-matter.ts';

export interface ReadArticle {
  id: string;
  /** The seed's path as written in `source`, e.g. `seeds/000_x.txt`. */
  source: string;
  /** The decoded file (LF line ends, no BOM): diagnostics are placed against it. */
  text: string;
  /** Where the article body begins in `text` (after any front matter). */
  bodyOffset: number;
  overrides: ArticleOverrides;
  /** False when the file cannot be used (messages say why). */
  ok: boolean;
  messages: PendingMessage[];
}

/** Read stage: bytes of one seed → decoded text, front matter overrides, messages. */
export function readArticle(source: string, bytes: Uint8Array): ReadArticle {
  const id = articleIdFromPath(source);
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { id, source, text: decoded.text, bodyOffset: 0, overrides: {}, ok: false, messages: [decoded.message] };
  const fm = splitFrontMatter(decoded.text);
  const { overrides, messages } = articleOverrides(fm.data, fm.yamlText, fm.yamlOffset);
  const all = [...fm.messages, ...messages];
  const bodyEmpty = decoded.text.slice(fm.bodyOffset).trim() === '';
  if (bodyEmpty && !all.some((m) => m.severity === 'error')) {
    all.push({ offset: fm.bodyOffset, severity: 'error', rule: 'empty-file', reason: 'the article has front matter but no text' });
  }
  return { id, source, text: decoded.text, bodyOffset: fm.bodyOffset, overrides, ok: !all.some((m) => m.severity === 'error'), messages: all };
}
