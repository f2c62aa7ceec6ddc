// Whether a run has its date engine: the real one dates a real article; a module without it, or one
// that fails to load, gives the one-line reason the run's warning quotes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineOf, noEngineWarning } from '../../src/ingest/date-engine.ts';

describe('engineOf', () => {
  it('takes dateArticle from the real engine, which dates a seed from its text', async () => {
    const status = engineOf({ module: await import('../../src/ingest/time/index.ts') });
    expect(status.problem).toBeNull();
    const text = readFileSync(resolve(import.meta.dirname, '../../seeds/004_557d863690ff85e5.txt'), 'utf8');
    const dated = status.dateArticle!(text, { rounds: [] });
    expect(dated.expressions.length).toBeGreaterThan(0);
  });

  it('says so when the module exports no dateArticle, or something else under that name', () => {
    expect(engineOf({ module: {} })).toEqual({ dateArticle: null, problem: 'src/ingest/time/index.ts does not export dateArticle' });
    expect(engineOf({ module: { dateArticle: 'not a function' } }).problem).toBe('src/ingest/time/index.ts does not export dateArticle');
  });

  it('keeps the first line of a loading error, or the thrown value itself', () => {
    const error = new SyntaxError("Unexpected token ';'\n    at compileSourceTextModule (node:internal/modules/esm/utils:338:16)");
    expect(engineOf({ error })).toEqual({ dateArticle: null, problem: "Unexpected token ';'" });
    expect(engineOf({ error: 'engine missing' }).problem).toBe('engine missing');
  });
});

describe('noEngineWarning', () => {
  it('is a warning on the engine\'s entry module saying the articles go out undated', () => {
    expect(noEngineWarning("Unexpected token ';'")).toMatchObject({ file: 'src/ingest/time/index.ts', line: 1, column: 1, severity: 'warning', rule: 'no-date-engine' });
    expect(noEngineWarning("Unexpected token ';'").reason).toBe("date engine not available (Unexpected token ';'): articles are written undated, with no entries");
  });
});
