import type { MergedEntry } from '../shared/merged-entry.ts';
import { serializeMdx } from './serialize-mdx.ts';

/** An entry's MDX file: front matter in the contract's field order, the first report's quote as its body. */
export function renderEntry({ entry, summary }: MergedEntry): string {
  return serializeMdx(
    {
      id: entry.id,
      date: entry.date,
      dateCertainty: entry.dateCertainty,
      title: entry.title,
      kind: entry.kind,
      round: entry.round,
      actors: entry.actors,
      places: entry.places,
      sources: entry.sources.map((s) => ({ article: s.article, quote: s.quote, date: s.date, note: s.note })),
      datedBy: { expression: entry.datedBy.expression, resolution: entry.datedBy.resolution, article: entry.datedBy.article, anchor: entry.datedBy.anchor },
      flags: entry.flags,
      edited: entry.edited && { fields: entry.edited.fields, removed: entry.edited.removed, merged: entry.edited.merged, reason: entry.edited.reason, generated: entry.edited.generated },
    },
    [summary],
  );
}
