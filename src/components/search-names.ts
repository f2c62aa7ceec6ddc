// The actors' name table, built once per build from the catalog (see src/lib/search-names.ts).
import { catalog } from './catalog.ts';
import { nameTable, type NameTable } from '../lib/search-names.ts';

let cached: Promise<NameTable> | undefined;

export function actorNameTable(): Promise<NameTable> {
  return (cached ??= catalog().then((c) => nameTable(c.actors.map((a) => ({ id: a.id, name_ar: a.data.name_ar, variants: a.data.variants })))));
}
