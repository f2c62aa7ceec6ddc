import type { ArticleResult } from '../ingest/pipeline.ts';

interface Evidence { quote: string; says: string }

/** What the build step makes of an added page, as the lines `npm run add` prints. */
export function describeResult(result: ArticleResult): string[] {
  const f = result.article?.fields ?? {};
  const datedBy = f.datedBy as { method: string; confidence: number; evidence: Evidence[]; conflicts: Evidence[] } | undefined;
  const lines = [
    `  title:   ${String(f.title ?? '-')}`,
    `  outlet:  ${String(f.outlet ?? '- (none found: set outlet: in front matter)')}`,
    `  address: ${String(f.url ?? '-')}`,
  ];
  if (f.published) {
    lines.push(`  date:    ${String(f.published)} (${String(f.dateCertainty)}, ${datedBy?.method ?? '?'}, confidence ${datedBy?.confidence ?? '?'})`);
    for (const e of datedBy?.evidence.slice(0, 4) ?? []) lines.push(`    evidence: «${e.quote}»: ${e.says}`);
    for (const e of datedBy?.conflicts.slice(0, 4) ?? []) lines.push(`    against:  «${e.quote}»: ${e.says}`);
  } else lines.push('  date:    none: the build asks for published: (see the diagnostics)');
  lines.push(`  entries: ${result.events.length}${f.relevant === false ? ' (not about the talks)' : ''}`);
  return lines;
}
