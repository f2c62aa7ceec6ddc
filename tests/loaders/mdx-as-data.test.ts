import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { mdxAsData, splitMdx } from '../../src/loaders/mdx-as-data.ts';
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

describe('mdxAsData: a folder synced into the data store', () => {
  /** The parts of Astro's loader context the loader uses, over a Map as the store. */
  function context(root: string) {
    const entries = new Map<string, { id: string; data: Record<string, unknown>; body?: string; filePath?: string; digest?: string | number }>();
    const stored: string[] = [];
    return {
      stored,
      entries,
      context: {
        store: {
          keys: () => [...entries.keys()],
          get: (id: string) => entries.get(id),
          set: (e: { id: string; data: Record<string, unknown> }) => { stored.push(e.id); entries.set(e.id, e); return true; },
          delete: (id: string) => { entries.delete(id); },
        },
        parseData: async ({ data }: { data: Record<string, unknown> }) => data,
        generateDigest: (text: string) => String(text.length) + text.slice(-12),
        config: { root: pathToFileURL(`${root}/`) },
        logger: { warn: () => {} },
      } as unknown as LoaderContext,
    };
  }

  it('stores every file in name order, with its data and body, more files than it reads at once', async () => {
    const root = mkdtempSync(join(tmpdir(), 'masar-loader-'));
    try {
      mkdirSync(join(root, 'entries'));
      const ids = Array.from({ length: 75 }, (_, i) => `e-${String(i).padStart(3, '0')}`);
      for (const id of [...ids].reverse()) writeFileSync(join(root, 'entries', `${id}.mdx`), serializeMdx({ id, title: `حدث ${id}` }, [`ملخص ${id}.`]));
      const { stored, entries, context: ctx } = context(root);
      ctx.store.set({ id: 'gone', data: {} });
      stored.length = 0;
      await mdxAsData('entries').load(ctx);
      expect(stored).toEqual(ids);
      expect([...entries.keys()].sort()).toEqual(ids);
      expect(entries.get('e-042')).toMatchObject({ data: { id: 'e-042', title: 'حدث e-042' }, filePath: join('entries', 'e-042.mdx') });
      expect(markdownParagraphs(entries.get('e-042')!.body ?? '')).toEqual(['ملخص e-042.']);

      // Again with one file changed: only that one is stored again.
      writeFileSync(join(root, 'entries', 'e-007.mdx'), serializeMdx({ id: 'e-007', title: 'عنوان جديد' }, ['ملخص.']));
      stored.length = 0;
      await mdxAsData('entries').load(ctx);
      expect(stored).toEqual(['e-007']);
      expect(entries.get('e-007')!.data.title).toBe('عنوان جديد');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
