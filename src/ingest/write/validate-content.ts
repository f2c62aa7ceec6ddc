import { z } from 'zod';
import { isEdtf } from '../../lib/edtf-check.ts';
import { articleSchema, entrySchema, slug } from '../../lib/schemas.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

// The content contract's schemas with every EDTF field checked through a memo: the `edtf` parser is
// slow (a nearley grammar per call) and a corpus repeats the same few thousand dates, so checking each
// distinct date once keeps a 10,000-article build from spending most of its time re-parsing them.
const edtfSeen = new Map<string, boolean>();
function edtfOk(value: string): boolean {
  let ok = edtfSeen.get(value);
  if (ok === undefined) {
    ok = isEdtf(value);
    edtfSeen.set(value, ok);
  }
  return ok;
}
const edtf = z.string().refine(edtfOk, { message: 'expected an EDTF date or interval, e.g. 2017-12-20 or 2017-12-21/2017-12-22' });

const ARTICLE = articleSchema.extend({ published: edtf.optional() });
const ENTRY = entrySchema.extend({
  date: edtf,
  sources: z.array(z.object({ article: slug, quote: z.string().min(1), date: edtf.optional(), note: z.string().optional() })).min(1),
  datedBy: z.object({ expression: z.string(), resolution: z.string(), article: slug, anchor: edtf.optional() }),
});

export type ContractIssues = readonly { path: PropertyKey[]; message: string }[];

/** Issues of an article's front matter against the content contract (empty when valid). */
export function articleIssues(fields: unknown): ContractIssues {
  const r = ARTICLE.safeParse(fields);
  return r.success ? [] : r.error.issues;
}

/** Issues of an entry against the content contract (empty when valid). */
export function entryIssues(entry: unknown): ContractIssues {
  const r = ENTRY.safeParse(entry);
  return r.success ? [] : r.error.issues;
}

/** The error on `file` saying how `what` (an article, an entry) breaks the content contract. */
export function contractError(file: string, what: string, issues: ContractIssues): Diagnostic {
  return { file, line: 1, column: 1, severity: 'error', rule: 'contract', reason: `${what} breaks the content contract: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` };
}
