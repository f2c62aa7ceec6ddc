import matter from 'gray-matter';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainParagraph, serializeMdx, writeParagraphs } from '../../../src/ingest/write/serialize-mdx.ts';

/** The text of a parsed paragraph (its text nodes joined); anything else inside would be a failure. */
function textOf(node: Root['children'][number]): string {
  return 'children' in node ? node.children.map((c) => ('value' in c && c.type === 'text' ? c.value : `<${c.type}>`)).join('') : `<${node.type}>`;
}

function parseMdx(body: string): Root {
  return fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
}

const HOSTILE = [
  'أعلنت الخارجية {props.secret} انطلاق الجولة الثامنة',
  'import x from "./evil.js"',
  'export const leak = 1',
  'وقال المتحدث <script>alert("xss")</script> إن المفاوضات a < b > c',
  '{/* تعليق */} <Component /> &amp; &#123; `code` *نجمة* _خط_ [رابط](javascript:alert(1)) ![صورة](x.png)',
  '# ليس عنواناً',
  '1. ليس قائمة',
  '- ليس بنداً',
  '> ليس اقتباساً',
  '---',
  '    مسافة بادئة',
  'سطر ينتهي بمسافتين  ',
  'شرطة مائلة \\ وعلامة | جدول | ~~شطب~~',
  'ملاحظة <!-- تعليق HTML -->',
];

describe('serializeMdx', () => {
  it('keeps text full of MDX-significant characters as text (serialize, parse back with MDX, compare)', () => {
    const mdx = serializeMdx({ id: 'x' }, HOSTILE);
    const tree = parseMdx(matter(mdx).content);
    expect(tree.children.map((c) => c.type)).toEqual(HOSTILE.map(() => 'paragraph'));
    expect(tree.children.map(textOf)).toEqual(HOSTILE);
  });

  it('never leaves a paragraph that MDX would read as an ES module statement or expression', () => {
    const mdx = serializeMdx({ id: 'x' }, ['import x from "y"', 'export default 1', '{1 + 1}']);
    expect(mdx).not.toMatch(/^import /m);
    expect(mdx).not.toMatch(/^export /m);
    expect(mdx).not.toMatch(/^\{/m);
  });

  it('writes the front matter in the given field order, with EDTF dates kept as strings', () => {
    const mdx = serializeMdx({ id: 'a', date: '2017-12-21', title: 'عنوان: مع نقطتين', round: undefined, flags: [] }, ['نص']);
    expect(mdx.split('\n').slice(0, 6)).toEqual(['---', 'id: a', "date: '2017-12-21'", "title: 'عنوان: مع نقطتين'", 'flags: []', '---']);
    const parsed = matter(mdx);
    expect(parsed.data.date).toBe('2017-12-21');
    expect(parsed.data).not.toHaveProperty('round');
  });

  it('is deterministic', () => {
    expect(serializeMdx({ id: 'a', list: ['ب', 'أ'] }, HOSTILE)).toBe(serializeMdx({ id: 'a', list: ['ب', 'أ'] }, HOSTILE));
  });

  it('writes plain paragraphs as the writer does, and takes none of the hostile ones for plain', () => {
    const bodyOf = (paragraphs: string[]) => serializeMdx({ id: 'x' }, paragraphs).replace(/^---\nid: x\n---\n\n/, '');
    const SEEDS = new URL('../../../seeds/', import.meta.url);
    const lines = readdirSync(SEEDS).flatMap((f) => readFileSync(new URL(f, SEEDS), 'utf8').split('\n')).map((l) => l.trim());
    const plain = lines.filter(isPlainParagraph);
    expect(plain.length).toBeGreaterThan(lines.filter((l) => l !== '').length / 2);
    expect(bodyOf(plain)).toBe(writeParagraphs(plain));
    for (const line of plain) expect(bodyOf([line])).toBe(writeParagraphs([line]));
    expect(HOSTILE.filter(isPlainParagraph)).toEqual([]);
  });

  it('agrees with the writer on any paragraphs it takes for plain', () => {
    const pieces = [...'ابتجحدرسعفقكلمنهويءآأإةى٠١٢٣3456789 ..,،؛:؟?!()«»"“”\'-–—/%$@#*+<=>[]\\_`{}~&|^\u00A0\u200F\t\nxyz', 'import ', 'export ', '1. ', '- ', '---', '&amp;', '&#x20;', 'http://a.b', '  '];
    const paragraph = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 25 }).map((p) => p.join(''));
    let plainSeen = 0;
    fc.assert(fc.property(fc.array(paragraph, { minLength: 1, maxLength: 3 }), (paragraphs) => {
      if (!paragraphs.every(isPlainParagraph)) return;
      plainSeen++;
      expect(serializeMdx({ id: 'x' }, paragraphs)).toBe(`---\nid: x\n---\n\n${writeParagraphs(paragraphs)}`);
    }), { numRuns: 20_000 });
    expect(plainSeen).toBeGreaterThan(100);
  });
});
