import { createRequire } from 'node:module';
import type { QuotedReport } from './find-successors.ts';

// gray-matter (with its own js-yaml and a JavaScript parser for `---js` front matter) cost every run with
// work to do about 20 ms to load, and it is read only when a published id is about to vanish: loaded then.
const require = createRequire(import.meta.url);
let matter: typeof import('gray-matter') | undefined;

/**
 * The reports a published entry file stands for: its sources' article and quote, the one its id was
 * made from first, each named by the entry's id (they are what the id stood for). A file that cannot
 * be read as front matter gives none: its id then counts as vanishing, never as redirected by guess.
 */
export function publishedReports(id: string, mdx: string): QuotedReport[] {
  matter ??= require('gray-matter') as typeof import('gray-matter');
  try {
    const sources = (matter(mdx).data.sources as Array<{ article?: unknown; quote?: unknown }> | undefined) ?? [];
    return sources.flatMap((s) => (typeof s?.article === 'string' && typeof s.quote === 'string' ? [{ id, article: s.article, quote: s.quote }] : []));
  } catch {
    return [];
  }
}
