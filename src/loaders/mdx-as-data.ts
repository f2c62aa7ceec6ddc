// A content loader for the MDX files the ingest step generates (content/articles, content/entries).
// They hold no JSX, no imports and no expressions (the serializer escapes all of that), so compiling each
// into a Vite module, as Astro's glob() loader does for .mdx, buys nothing and costs most of a large
// build. Here the front matter is data (checked by the collection's zod schema) and the body stays text
// that the page splits into paragraphs itself (src/lib/markdown-paragraphs.ts).
import matter from 'gray-matter';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';

/** Front matter and body of one generated MDX file. */
export function splitMdx(text: string): { data: Record<string, unknown>; body: string } {
  // An options object turns off gray-matter's cache, which would keep every file's text for the whole build.
  const { data, content } = matter(text, {});
  return { data, body: content };
}

async function mdxFiles(base: string, context: LoaderContext): Promise<string[]> {
  try {
    return (await readdir(base)).filter((f) => f.endsWith('.mdx')).sort();
  } catch (err) {
    // As with glob(): a content folder not generated yet is an empty collection, with a warning.
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    context.logger.warn(`The folder "${base}" does not exist.`);
    return [];
  }
}

// Files read at once. Read one at a time, each file's trips to the disk (open, stat, read, close) left
// the build idle: about a second of the content sync at 10,000 entries. They are still stored one by
// one in name order, so the data store is the same.
const READ_AHEAD = 32;

async function syncFolder(dir: string, context: LoaderContext): Promise<void> {
  const { store, parseData, generateDigest, config } = context;
  const root = fileURLToPath(config.root);
  const base = resolve(root, dir);
  const files = await mdxFiles(base, context);
  const untouched = new Set(store.keys());
  for (let from = 0; from < files.length; from += READ_AHEAD) {
    const batch = files.slice(from, from + READ_AHEAD);
    const texts = await Promise.all(batch.map((file) => readFile(join(base, file), 'utf8')));
    for (const [i, file] of batch.entries()) {
      // The id is the file's name, as with glob(): the ingest writes `<id>.mdx`, and URLs are built from it.
      const id = file.slice(0, -'.mdx'.length);
      const path = join(base, file);
      const text = texts[i]!;
      const digest = generateDigest(text);
      untouched.delete(id);
      if (store.get(id)?.digest === digest) continue;
      const { data, body } = splitMdx(text);
      store.set({ id, data: await parseData({ id, data, filePath: path }), body, filePath: relative(root, path), digest });
    }
  }
  for (const id of untouched) store.delete(id);
}

/** Loads every `*.mdx` in `dir` (relative to the project root) as data plus body text. */
export function mdxAsData(dir: string): Loader {
  return {
    name: 'masar-mdx-as-data',
    load: async (context) => {
      await syncFolder(dir, context);
      // `astro dev`: reload the folder when one of its files changes (a rebuild of content/).
      const base = resolve(fileURLToPath(context.config.root), dir);
      context.watcher?.add(base);
      const reload = (path: string) => { if (path.startsWith(base) && path.endsWith('.mdx')) void syncFolder(dir, context); };
      for (const event of ['add', 'change', 'unlink'] as const) context.watcher?.on(event, reload);
    },
  };
}
