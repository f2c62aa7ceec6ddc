import { createRequire } from 'node:module';
import yaml from 'js-yaml';
import type { Root } from 'mdast';
import type { Options } from 'mdast-util-to-markdown';
import type { Processor } from 'unified';
import { blockYaml, DUMP_OPTIONS } from './block-yaml.ts';

const require = createRequire(import.meta.url);

// mdxToMarkdown escapes `{`, `<` in text, but not a paragraph that starts with `import ` or `export `,
// which MDX would read as an ES module statement; a character reference keeps it plain text.
const ESM_AT_LINE_START: Options = {
  unsafe: [
    { character: 'i', atBreak: true, after: 'mport\\b' },
    { character: 'e', atBreak: true, after: 'xport\\b' },
  ],
};

let writer: Processor<Root, undefined, undefined, Root, string> | undefined;

/**
 * The project's Markdown path out, the same unified ecosystem that reads `.md` seeds in: remark-stringify
 * with remark-mdx, so text that MDX would read as code is escaped. Loaded on first use, as the readers are.
 */
function mdxWriter(): NonNullable<typeof writer> {
  if (!writer) {
    const { unified } = require('unified') as typeof import('unified');
    const remarkMdx = (require('remark-mdx') as typeof import('remark-mdx')).default;
    const remarkStringify = (require('remark-stringify') as typeof import('remark-stringify')).default;
    // remark-stringify takes its extensions from the processor's data, where remark-mdx puts its own.
    const esmGuard = function (this: Processor) {
      const data = this.data();
      (data.toMarkdownExtensions ??= []).push(ESM_AT_LINE_START);
    };
    writer = unified().use(remarkMdx).use(esmGuard).use(remarkStringify).freeze() as unknown as NonNullable<typeof writer>;
  }
  return writer;
}

/** Drops undefined fields (YAML cannot say "absent") while keeping the given field order. */
function defined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(defined);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, defined(v)]));
  }
  return value;
}

/** YAML front matter in the caller's field order; strings that look like dates stay quoted strings. */
export function serializeFrontMatter(fields: Record<string, unknown>): string {
  return blockYaml(fields) ?? yaml.dump(defined(fields), DUMP_OPTIONS);
}

/** The paragraphs through the writer: one mdast paragraph each, serialized with the MDX extension. */
export function writeParagraphs(paragraphs: readonly string[]): string {
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  };
  return mdxWriter().stringify(tree);
}

// Characters Markdown or MDX may read as markup somewhere (line breaks and other controls, emphasis,
// headings, lists, HTML and JSX, expressions, links, code, character references, tables) and those
// the writer escaped in a trial of every character before, after and between words.
const MARKUP = /[\u0000-\u001F\u007F#*+<=>[\\\]_`{}~&|!^]/u;

/**
 * True for a paragraph the writer gives back as it is (tests check this against it): one that opens on
 * an Arabic letter or an opening quotation mark (no list number, no `import`), ends on no space, and
 * holds no markup character. Nearly every paragraph of a news article is one; the writer, 4 % of a
 * worker's time and 1.1 s of the main thread's at 10,000 articles, is then skipped.
 */
export function isPlainParagraph(paragraph: string): boolean {
  return /^[\u0621-\u064A«"“]/u.test(paragraph) && !/\s$/u.test(paragraph) && !MARKUP.test(paragraph);
}

/**
 * One MDX document: front matter, then the paragraphs as an mdast tree serialized with the MDX
 * extension, so article text holding `{`, `<script>` or `import x from` stays text and never code
 * (plain paragraphs, which the writer would give back unchanged, as they are).
 * The front matter is js-yaml's, as the site's loader reads it (gray-matter); remark-frontmatter would
 * only wrap the same string, and would escape a paragraph that starts with `--`.
 */
export function serializeMdx(fields: Record<string, unknown>, paragraphs: readonly string[]): string {
  const body = paragraphs.length === 0 ? '' : paragraphs.every(isPlainParagraph) ? `${paragraphs.join('\n\n')}\n` : writeParagraphs(paragraphs);
  return `---\n${serializeFrontMatter(fields)}---\n${body ? `\n${body}` : ''}`;
}
