// The hashes a Content-Security-Policy needs for the inline code of built pages: each page's own, and
// the whole site's for dist/_headers, whose one policy covers every page.
import type { InlineHashes } from '../lib/content-security-policy.ts';
import { cspHash } from './csp-hash.ts';
import { findInlineCode } from './find-inline-code.ts';

// Sorted and each once: the same site gives the same policies, byte for byte.
const sortedUnique = (items: Iterable<string>) => [...new Set(items)].sort();

/** The hashes of a built page's inline scripts and styles. */
export function pageHashes(html: string): InlineHashes {
  const code = findInlineCode(html);
  return { script: sortedUnique(code.scripts.map(cspHash)), style: sortedUnique(code.styles.map(cspHash)) };
}

/** Every page's hashes in one. */
export function siteHashes(pages: Iterable<InlineHashes>): InlineHashes {
  const all = { script: [] as string[], style: [] as string[] };
  for (const page of pages) {
    all.script.push(...page.script);
    all.style.push(...page.style);
  }
  return { script: sortedUnique(all.script), style: sortedUnique(all.style) };
}

/** The error that stops the publish step when pages lack their policy's <meta>: how many, and the first five. */
export function unguardedPages(pages: readonly string[]): string {
  return `publish: ${pages.length} page(s) without exactly one Content-Security-Policy <meta> (src/layouts/Base.astro writes it): ${pages.slice(0, 5).join(', ')}`;
}
