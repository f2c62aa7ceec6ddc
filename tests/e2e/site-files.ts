// Reading the built site from disk: every HTML file, the internal links that point nowhere, and the
// timeline's data as the client reads it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TimelineData } from '../../src/lib/timeline-data.ts';
import { unpackTimeline, type TimelineWire } from '../../src/lib/timeline-wire.ts';

/** The built /timeline.json unpacked as the client unpacks it (src/client/fetch-timeline-data.ts). */
export function builtTimelineData(root: string): TimelineData {
  return unpackTimeline(JSON.parse(readFileSync(join(root, 'timeline.json'), 'utf8')) as TimelineWire);
}

export function htmlFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (name === 'pagefind') continue;
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) out.push(p);
    }
  };
  walk(root);
  return out.sort();
}

const ATTR = /\s(?:href|src)="([^"]*)"/g;

/** Links and sources in the site's HTML that resolve to no file: "page → target". */
export function brokenInternalLinks(root: string): string[] {
  const broken: string[] = [];
  for (const file of htmlFiles(root)) {
    const html = readFileSync(file, 'utf8');
    const page = `/${relative(root, file).replace(/index\.html$/, '')}`;
    for (const m of html.matchAll(ATTR)) {
      const raw = m[1]!.replace(/&amp;/g, '&');
      if (/^(?:[a-z]+:|\/\/|#)/i.test(raw) || raw === '') continue;
      const url = new URL(raw, `http://site${page}`);
      const path = decodeURIComponent(url.pathname);
      const target = join(root, path);
      const ok = path.endsWith('/') ? existsSync(join(target, 'index.html')) : existsSync(target) && statSync(target).isFile();
      if (!ok) broken.push(`${page} → ${raw}`);
    }
  }
  return broken;
}
