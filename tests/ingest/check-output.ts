// What must hold in an output folder at every moment, even right after a kill: every MDX file parses,
// and every id the lock calls published opens a page (its file, or a redirect chain ending at one).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { TEMP_FILE } from '../../src/ingest/write/write-atomic.ts';

export interface IdsLockFile {
  published: string[];
  redirects: Record<string, string>;
}

export function readLock(out: string): IdsLockFile {
  return JSON.parse(readFileSync(join(out, 'ids.lock.json'), 'utf8')) as IdsLockFile;
}

/** Published ids that open no page: neither their file nor a redirect chain ending at a file. */
export function unresolvedIds(out: string): string[] {
  if (!existsSync(join(out, 'ids.lock.json'))) return [];
  const lock = readLock(out);
  const opens = (id: string) => {
    const seen = new Set<string>();
    for (let at: string | undefined = id; at !== undefined && !seen.has(at); at = lock.redirects[at]) {
      if (existsSync(join(out, 'entries', `${at}.mdx`))) return true;
      seen.add(at);
    }
    return false;
  };
  return lock.published.filter((id) => !opens(id));
}

/** Generated files that do not parse as front matter + MDX paragraphs. */
export function unparsedFiles(out: string): string[] {
  const bad: string[] = [];
  for (const dir of ['articles', 'entries']) {
    if (!existsSync(join(out, dir))) continue;
    for (const f of readdirSync(join(out, dir)).filter((n) => n.endsWith('.mdx'))) {
      try {
        const { content } = matter(readFileSync(join(out, dir, f), 'utf8'));
        const tree = fromMarkdown(content, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
        if (!tree.children.every((c) => c.type === 'paragraph')) bad.push(`${dir}/${f}`);
      } catch {
        bad.push(`${dir}/${f}`);
      }
    }
  }
  return bad;
}

/** Temporary files of an interrupted write, anywhere under `out`. */
export function tempFiles(out: string): string[] {
  return (readdirSync(out, { recursive: true, encoding: 'utf8' }) as string[]).filter((rel) => TEMP_FILE.test(rel.split('/').at(-1)!));
}
