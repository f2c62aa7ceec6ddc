// The HTML and Markdown parsers, loaded on first use: importing them costs 0.4-0.8 s on this machine,
// which every run of the build step and every worker thread would pay even when the seeds are all
// plain text. require() of these ES modules is synchronous on Node 22.12+, as the stages are.
import { createRequire } from 'node:module';
import type { Processor } from 'unified';

const require = createRequire(import.meta.url);

let html: { parseHTML: typeof import('linkedom').parseHTML; Readability: typeof import('@mozilla/readability').Readability } | undefined;
let markdown: Processor | undefined;

export function htmlParsers(): NonNullable<typeof html> {
  html ??= { parseHTML: (require('linkedom') as typeof import('linkedom')).parseHTML, Readability: (require('@mozilla/readability') as typeof import('@mozilla/readability')).Readability };
  return html;
}

/** CommonMark + GFM, YAML front matter as its own node. */
export function markdownParser(): Processor {
  if (!markdown) {
    const { unified } = require('unified') as typeof import('unified');
    const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
    const remarkFrontmatter = (require('remark-frontmatter') as typeof import('remark-frontmatter')).default;
    const remarkGfm = (require('remark-gfm') as typeof import('remark-gfm')).default;
    markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm) as unknown as Processor;
  }
  return markdown;
}
