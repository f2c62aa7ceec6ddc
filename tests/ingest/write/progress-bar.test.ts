// The progress bar a run draws on a terminal while it processes articles.
import { describe, expect, it } from 'vitest';
import { progressBar, progressDue } from '../../../src/ingest/write/progress-bar.ts';

describe('progressBar', () => {
  it('fills in proportion, redrawn in place', () => {
    expect(progressBar(500, 1000)).toBe(`\r[${'='.repeat(15)}${' '.repeat(15)}] 500/1000 articles`);
    expect(progressBar(1000, 1000, 10)).toBe('\r[==========] 1000/1000 articles');
    expect(progressBar(0, 0, 4)).toBe('\r[====] 0/0 articles');
  });
});

describe('progressDue', () => {
  it('draws every 50 articles and at the last, not at each', () => {
    const drawn = Array.from({ length: 120 }, (_, i) => i + 1).filter((done) => progressDue(done, 120));
    expect(drawn).toEqual([50, 100, 120]);
    expect(progressDue(3, 3)).toBe(true);
  });
});
