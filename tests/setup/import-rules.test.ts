// The layering the design promises, checked over the import graph of src/: the build step never
// reaches into the site, src/lib depends on neither, no module imports itself through others, and
// no stage of the build step reaches into another stage's folder.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|mjs|astro)$/.test(name) ? [p] : [];
  });
}

/** Each module of src/ (as a path relative to src/) and what it imports: local modules resolved, packages by name. */
function graph(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of files(SRC)) {
    const text = readFileSync(file, 'utf8');
    const code = file.endsWith('.astro') ? (text.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '') + (text.match(/<script[^>]*>([\s\S]*?)<\/script>/g) ?? []).join('\n') : text;
    const deps = [...code.matchAll(IMPORT)].map((m) => m[1]!).map((spec) => (spec.startsWith('.') ? relative(SRC, resolve(dirname(file), spec)) : spec));
    out.set(relative(SRC, file), deps);
  }
  return out;
}

const G = graph();
const under = (prefix: string) => [...G].filter(([f]) => f.startsWith(prefix));

describe('imports', () => {
  it('the build step imports nothing of the site (no astro, no component, page, layout or client module)', () => {
    const bad = under('ingest/').flatMap(([f, deps]) => deps.filter((d) => /^astro(:|\/|$)|^@astrojs\//.test(d) || /^(components|pages|layouts|client)\//.test(d)).map((d) => `${f} → ${d}`));
    expect(bad).toEqual([]);
  });

  it('src/lib depends on neither the build step nor the site', () => {
    const bad = under('lib/').flatMap(([f, deps]) => deps.filter((d) => /^(ingest|components|pages|layouts|client)\//.test(d)).map((d) => `${f} → ${d}`));
    expect(bad).toEqual([]);
  });

  it('no stage of the build step imports from another stage\'s folder; shared code imports no stage', () => {
    // What two stages share lives in shared/ (or src/lib); the date engine (time/), the catalog and the
    // diagnostics are libraries any stage may use. Files at the top of src/ingest (the pipeline, the
    // run's plan, the contracts between stages, cli.ts) see every stage.
    const STAGES = ['read', 'clean', 'relevance', 'date', 'events', 'link', 'merge', 'edits', 'lock', 'write'];
    const LIBRARIES = ['shared', 'time', 'catalog', 'diagnostics'];
    const folder = (path: string) => path.match(/^ingest\/([^/]+)\//)?.[1];
    const crossings = under('ingest/').flatMap(([f, deps]) => {
      const from = folder(f);
      if (!from || !(STAGES.includes(from) || LIBRARIES.includes(from))) return [];
      return deps.filter((d) => {
        const to = folder(d);
        return to !== undefined && to !== from && STAGES.includes(to);
      }).map((d) => `${f} → ${d}`);
    });
    expect(crossings).toEqual([]);
    // Every folder of src/ingest is named above: a new one is a stage or a library, on purpose.
    const folders = new Set([...G.keys()].map(folder).filter((x) => x !== undefined));
    expect([...folders].filter((x) => !STAGES.includes(x) && !LIBRARIES.includes(x))).toEqual([]);
  });

  it('no module imports itself through others', () => {
    // Tarjan's strongly connected components over the local modules.
    const local = (d: string) => (G.has(d) ? d : G.has(`${d}.ts`) ? `${d}.ts` : null);
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const cycles: string[][] = [];
    let next = 0;
    const visit = (v: string): void => {
      index.set(v, next); low.set(v, next); next++;
      stack.push(v); onStack.add(v);
      for (const d of G.get(v) ?? []) {
        const w = local(d);
        if (!w) continue;
        if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
      if (low.get(v) === index.get(v)) {
        const scc: string[] = [];
        let w: string;
        do { w = stack.pop()!; onStack.delete(w); scc.push(w); } while (w !== v);
        if (scc.length > 1) cycles.push(scc.sort());
      }
    };
    for (const v of [...G.keys()].sort()) if (!index.has(v)) visit(v);
    expect(cycles).toEqual([]);
  });

  it('reads the imports it checks (the graph is not empty, and sees this file\'s kind of import)', () => {
    expect(G.size).toBeGreaterThan(100);
    expect(G.get('ingest/time/date-article.ts')).toContain('ingest/time/anchor/posterior.ts');
  });
});
