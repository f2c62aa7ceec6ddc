import yaml from 'js-yaml';
import type { z } from 'zod';
import { actorSchema, roundSchema, type Actor, type Round } from '../../lib/schemas.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { locateDiagnostics } from '../diagnostics/locate-diagnostics.ts';
import { fieldOffset } from './field-offset.ts';

export interface CatalogFile {
  /** As the maintainer names it, e.g. `content/rounds/astana-08.yaml`. */
  path: string;
  text: string;
}

export interface Catalog {
  rounds: Round[];
  actors: Actor[];
  diagnostics: Diagnostic[];
}

function loadOne<T extends { id: string }>(file: CatalogFile, schema: z.ZodType<T>, kind: string): { value: T | null; diagnostics: Diagnostic[] } {
  const at = (offset: number, reason: string, rule: string) =>
    locateDiagnostics(file.path, file.text, [{ offset, severity: 'error', reason, rule }]);
  let data: unknown;
  try {
    data = yaml.load(file.text, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    const e = error as { reason?: string; mark?: { position?: number } };
    return { value: null, diagnostics: at(e.mark?.position ?? 0, `malformed YAML in the ${kind} catalog: ${e.reason ?? String(error)}`, 'catalog-yaml') };
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    return {
      value: null,
      diagnostics: parsed.error.issues.flatMap((issue) =>
        at(fieldOffset(file.text, issue.path), `${kind} field \`${issue.path.join('.') || '(root)'}\`: ${issue.message}`, 'catalog-schema'),
      ),
    };
  }
  const stem = file.path.split('/').pop()!.replace(/\.ya?ml$/, '');
  const diagnostics = parsed.data.id === stem ? [] : locateDiagnostics(file.path, file.text, [{ offset: fieldOffset(file.text, ['id']), severity: 'warning', reason: `id \`${parsed.data.id}\` differs from the file name \`${stem}\``, rule: 'catalog-id' }]);
  return { value: parsed.data, diagnostics };
}

function loadAll<T extends { id: string }>(files: readonly CatalogFile[], schema: z.ZodType<T>, kind: string): { values: T[]; diagnostics: Diagnostic[] } {
  const values: T[] = [];
  const diagnostics: Diagnostic[] = [];
  const owner = new Map<string, string>();
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const one = loadOne(file, schema, kind);
    diagnostics.push(...one.diagnostics);
    if (!one.value) continue;
    const first = owner.get(one.value.id);
    if (first) {
      diagnostics.push(...locateDiagnostics(file.path, file.text, [{ offset: fieldOffset(file.text, ['id']), severity: 'error', reason: `duplicate ${kind} id \`${one.value.id}\` (already defined in ${first})`, rule: 'catalog-duplicate-id' }]));
      continue;
    }
    owner.set(one.value.id, file.path);
    values.push(one.value);
  }
  return { values, diagnostics };
}

/** Catalog stage: the curated rounds and actors YAML, validated with the content contract's schemas. */
export function loadCatalog(roundFiles: readonly CatalogFile[], actorFiles: readonly CatalogFile[]): Catalog {
  const rounds = loadAll(roundFiles, roundSchema as unknown as z.ZodType<Round>, 'round');
  const actors = loadAll(actorFiles, actorSchema as unknown as z.ZodType<Actor>, 'actor');
  return { rounds: rounds.values, actors: actors.values, diagnostics: [...rounds.diagnostics, ...actors.diagnostics] };
}
