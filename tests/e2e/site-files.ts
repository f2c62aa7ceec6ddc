// Reading the built site from disk: every HTML file, and the internal links that point nowhere.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

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
