// Golden files of the clean stage: the cleaned text of each seed (title line first, then the story).
// After a deliberate change to the cleaner, regenerate with MASAR_UPDATE_GOLDEN=1 and review the diff.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/ingest/clean/clean-article.ts';
import { ROOT } from '../run-ingest.ts';

const GOLDEN = join(ROOT, 'tests/fixtures/golden/clean');

describe('clean stage golden files', () => {
  it.each(readdirSync(join(ROOT, 'seeds')).sort())('%s', (name) => {
    const clean = cleanArticle(readFileSync(join(ROOT, 'seeds', name), 'utf8'), 0);
    const actual = `title: ${clean.title}\noutlet: ${clean.outlet}\nlanguage: ${clean.language.language}\n---\n${clean.text.text}\n`;
    const path = join(GOLDEN, name);
    if (process.env.MASAR_UPDATE_GOLDEN) writeFileSync(path, actual);
    expect(existsSync(path), `missing golden file ${path}: run with MASAR_UPDATE_GOLDEN=1`).toBe(true);
    expect(actual).toBe(readFileSync(path, 'utf8'));
  });
});
