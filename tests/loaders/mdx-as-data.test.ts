import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitMdx } from '../../src/loaders/mdx-as-data.ts';
import { markdownParagraphs } from '../../src/lib/markdown-paragraphs.ts';
import { articleSchema, entrySchema } from '../../src/lib/schemas.ts';
import { serializeMdx } from '../../src/ingest/write/serialize-mdx.ts';

const CONTENT = resolve(import.meta.dirname, '../../content');
const files = (dir: string) => readdirSync(join(CONTENT, dir)).filter((f) => f.endsWith('.mdx')).sort().map((f) => join(CONTENT, dir, f));

describe('splitMdx: generated MDX read as data', () => {
  it.each([['articles', articleSchema], ['entries', entrySchema]] as const)('every file in content/%s gives valid data, and its paragraphs write the same file again', (dir, schema) => {
    const paths = files(dir);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      const text = readFileSync(path, 'utf8');
      const { data, body } = splitMdx(text);
      expect(schema.safeParse(data).success, path).toBe(true);
      // The page shows markdownParagraphs(body): written back by the ingest's serializer, it is the file.
      expect(serializeMdx(data, markdownParagraphs(body)), path).toBe(text);
    }
  });

  it('gives back, as text, paragraphs MDX would read as code or markup', () => {
    const paragraphs = [
      'import وفد from "المعارضة" قال المتحدث إن الجولة الثامنة من محادثات أستانا تبدأ غداً.',
      'export const x = 1; وأضاف أن {الدول الضامنة} ستجتمع <script>alert(1)</script> في العاصمة.',
      '# ليس عنواناً: 1. ولا قائمة * ولا _تأكيداً_ ولا [رابطاً](javascript:alert(1)) &amp; ولا \\ شرطة.',
      '- قال دي ميستورا: «لا تقدم» > ولا اقتباس | ولا جدول `ولا شيفرة`.',
    ];
    const { data, body } = splitMdx(serializeMdx({ id: 'x', title: 'عنوان: «نعم»' }, paragraphs));
    expect(data).toEqual({ id: 'x', title: 'عنوان: «نعم»' });
    expect(markdownParagraphs(body)).toEqual(paragraphs);
  });
});
