import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/ingest/catalog/load-catalog.ts';
import { formatDiagnostic } from '../../../src/ingest/diagnostics/format-diagnostic.ts';
import { ROOT } from '../run-ingest.ts';

const files = (dir: string) => readdirSync(join(ROOT, 'content', dir)).filter((f) => f.endsWith('.yaml')).map((f) => ({ path: `content/${dir}/${f}`, text: readFileSync(join(ROOT, 'content', dir, f), 'utf8') }));

describe('loadCatalog', () => {
  it('loads the committed rounds and actors without an error', () => {
    const c = loadCatalog(files('rounds'), files('actors'));
    expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(c.rounds.find((r) => r.id === 'astana-08')).toMatchObject({ track: 'astana', number: 8 });
    expect(c.actors.length).toBeGreaterThan(10);
  });

  it('names the file, line and field of an invalid round', () => {
    const text = 'id: astana-99\ntrack: astana\nnumber: 99\nname_ar: جولة\nstart: 2017-13-40\nend: 2017-12-22\ncity_en: Astana\ncity_ar: أستانا\nconfirmed: true\n';
    const [d] = loadCatalog([{ path: 'content/rounds/astana-99.yaml', text }], []).diagnostics;
    expect(formatDiagnostic(d!)).toMatch(/^content\/rounds\/astana-99\.yaml:5:1 error: round field `start`: /);
  });

  it('fails on a duplicate id, naming where it was first defined', () => {
    const text = 'id: russia\nkind: state\nname_ar: روسيا\n';
    const c = loadCatalog([], [{ path: 'content/actors/a.yaml', text }, { path: 'content/actors/b.yaml', text }]);
    expect(c.diagnostics.find((d) => d.severity === 'error')!.reason).toBe('duplicate actor id `russia` (already defined in content/actors/a.yaml)');
  });

  it('reports malformed YAML on its line', () => {
    const [d] = loadCatalog([], [{ path: 'content/actors/x.yaml', text: 'id: x\nkind: [state\n' }]).diagnostics;
    expect(d).toMatchObject({ file: 'content/actors/x.yaml', severity: 'error', rule: 'catalog-yaml' });
  });
});
