// Tools for the labelled dating corpus (tests/fixtures/corpus):
//   node tests/corpus/corpus-tool.ts split <outlet domain>        which split an outlet belongs to
//   node tests/corpus/corpus-tool.ts overlap <original> <rewrite>  share of the rewrite's 4-word runs
//                                                                  that the original also has
// The split is a function of the outlet alone, so one outlet's articles never sit on both sides of
// the train/test line (an outlet's house style would otherwise leak into the test score).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { foldWithMap } from '../../src/lib/arabic-fold.ts';

export type Split = 'train' | 'dev' | 'test';

/** The registrable part of a host: "www.aa.com.tr" and "aa.com.tr" are one outlet. */
export function outletKey(domain: string): string {
  return domain.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').split('/')[0]!.replace(/^(www|m|m2|amp|ar|arabic)\./, '');
}

/** 60 % train, 20 % dev, 20 % test, by a hash of the outlet. */
export function splitOf(domain: string): Split {
  const byte = createHash('sha256').update(outletKey(domain)).digest()[0]!;
  const tenth = byte % 10;
  return tenth < 6 ? 'train' : tenth < 8 ? 'dev' : 'test';
}

function words(text: string): string[] {
  return foldWithMap(text).text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Share of the rewrite's distinct 4-word runs found in the original (names and dates will be). */
export function shingleOverlap(original: string, rewrite: string, n = 4): number {
  const runs = (ws: string[]): Set<string> => new Set(ws.slice(0, Math.max(0, ws.length - n + 1)).map((_, i) => ws.slice(i, i + n).join(' ')));
  const a = runs(words(original));
  const b = runs(words(rewrite));
  if (b.size === 0) return 0;
  let shared = 0;
  for (const r of b) if (a.has(r)) shared++;
  return Math.round((shared / b.size) * 1000) / 1000;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [cmd, x, y] = process.argv.slice(2);
  if (cmd === 'split' && x) console.log(splitOf(x));
  else if (cmd === 'overlap' && x && y) console.log(shingleOverlap(readFileSync(x, 'utf8'), readFileSync(y, 'utf8')));
  else { console.error('usage: corpus-tool.ts split <domain> | overlap <original> <rewrite>'); process.exit(2); }
}
