// The layering the design promises, checked over the import graph of src/: the build step never
// reaches into the site, src/lib depends on neither, no module imports itself through others, and
// no stage of the build step reaches into another stage's folder.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/g;
// What loads a module later is an import too: a stage loaded lazily (`await import('./x.ts')`), a
// package required on first use, a worker's script (`new URL('./x.ts', import.meta.url)`). Left out,
// a cycle or a crossing written that way would pass unseen.
const LATER = /\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)|\bnew URL\(\s*['"](\.[^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g;

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
    const specs = [...[...code.matchAll(IMPORT)].map((m) => m[1]!), ...[...code.matchAll(LATER)].map((m) => (m[1] ?? m[2])!)];
    const deps = specs.map((spec) => (spec.startsWith('.') ? relative(SRC, resolve(dirname(file), spec)) : spec));
    out.set(relative(SRC, file), deps);
  }
  return out;
}

const G = graph();
const under = (prefix: string) => [...G].filter(([f]) => f.startsWith(prefix));

/** The cycles among the local modules of a graph, each as its sorted modules (Tarjan's strongly connected components). */
function cycles(g: ReadonlyMap<string, readonly string[]>): string[][] {
  const local = (d: string) => (g.has(d) ? d : g.has(`${d}.ts`) ? `${d}.ts` : null);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next); low.set(v, next); next++;
    stack.push(v); onStack.add(v);
    for (const d of g.get(v) ?? []) {
      const w = local(d);
      if (!w) continue;
      if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do { w = stack.pop()!; onStack.delete(w); scc.push(w); } while (w !== v);
      if (scc.length > 1 || (g.get(v) ?? []).some((d) => local(d) === v)) found.push(scc.sort());
    }
  };
  for (const v of [...g.keys()].sort()) if (!index.has(v)) visit(v);
  return found.sort((x, y) => x[0]!.localeCompare(y[0]!));
}

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
    // run's plan, the contracts between stages, cli-main.ts) see every stage.
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

  it('a stage or library takes from the top of src/ingest only the contracts between stages, never the pipeline that runs it', () => {
    // The pipeline, the run's plan and cli-main.ts import the stages; a stage importing them back makes
    // a knot of the layers (write/manifest.ts and pipeline.ts once imported each other).
    const CONTRACTS = ['ingest/article-state.ts', 'ingest/dating-contract.ts'];
    const top = (d: string) => /^ingest\/[^/]+$/.test(d) || /^ingest\/[^/.]+\.ts$/.test(d);
    const bad = under('ingest/').filter(([f]) => !top(f)).flatMap(([f, deps]) => deps.filter((d) => top(d) && !CONTRACTS.includes(d) && !CONTRACTS.includes(`${d}.ts`)).map((d) => `${f} → ${d}`));
    expect(bad).toEqual([]);
  });

  it('no module imports itself through others', () => {
    expect(cycles(G)).toEqual([]);
  });

  it('finds the cycles of a graph it is given (through two modules, through three, and a module importing itself)', () => {
    const g = new Map([
      ['a.ts', ['b.ts']], ['b.ts', ['a.ts', 'node:fs']], ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', ['e.ts']], ['e.ts', ['f.ts']], ['f.ts', ['d.ts']], ['g.ts', ['g.ts']], ['h.ts', ['c.ts']],
    ]);
    expect(cycles(g)).toEqual([['a.ts', 'b.ts'], ['d.ts', 'e.ts', 'f.ts'], ['g.ts']]);
  });

  it('reads the imports it checks (the graph is not empty, and sees this file\'s kind of import)', () => {
    expect(G.size).toBeGreaterThan(100);
    expect(G.get('ingest/time/date-article.ts')).toContain('ingest/time/anchor/posterior.ts');
    // Modules loaded later: a lazily imported stage list, a package required on first use, a worker's script.
    expect(G.get('ingest/cli.mjs')).toContain('ingest/cli-main.ts');
    expect(G.get('ingest/cli-main.ts')).toContain('ingest/run-stages.ts');
    expect(G.get('ingest/read/parsers.ts')).toContain('linkedom');
    expect(G.get('ingest/process-articles.ts')).toContain('ingest/article-worker.ts');
  });

  it('loads no TypeScript before the compile cache is on but the run it imports once it is', () => {
    // A TypeScript module there would load Node's type stripper on every run, a rerun's too.
    expect(G.get('ingest/cli.mjs')!.filter((d) => d.endsWith('.ts'))).toEqual(['ingest/cli-main.ts']);
    expect(G.get('ingest/compile-cache.mjs')!.filter((d) => d.endsWith('.ts'))).toEqual([]);
  });
});
