import yaml from 'js-yaml';
import type { Root } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';

// mdxToMarkdown escapes `{`, `<` in text, but not a paragraph that starts with `import ` or `export `,
// which MDX would read as an ES module statement; a character reference keeps it plain text.
const ESM_AT_LINE_START: Options = {
  unsafe: [
    { character: 'i', atBreak: true, after: 'mport\\b' },
    { character: 'e', atBreak: true, after: 'xport\\b' },
  ],
};

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
  return yaml.dump(defined(fields), { lineWidth: -1, noRefs: true, sortKeys: false, quotingType: "'" });
}

/**
 * One MDX document: front matter, then the paragraphs as an mdast tree serialized with the MDX
 * extension, so article text holding `{`, `<script>` or `import x from` stays text and never code.
 */
export function serializeMdx(fields: Record<string, unknown>, paragraphs: readonly string[]): string {
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  };
  const body = paragraphs.length > 0 ? toMarkdown(tree, { extensions: [mdxToMarkdown(), ESM_AT_LINE_START] }) : '';
  return `---\n${serializeFrontMatter(fields)}---\n${body ? `\n${body}` : ''}`;
}
