// The context bands over the real rounds catalog and the curated periods: the hosts follow the
// catalog's cities (Sochi twice, Nur-Sultan between the Astanas), every curated day has a source that
// is not one of the evaluation's reserved pages, and the envoys' terms follow one another.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { contextBands } from '../../src/lib/context-bands.ts';
import { hostPeriods, type HostRound } from '../../src/lib/host-periods.ts';
import { CONTEXT_PERIODS } from '../../src/data/context-periods.ts';
import { isoDay } from '../../src/lib/schemas.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ROUNDS_DIR = join(ROOT, 'content/rounds');
const rounds = readdirSync(ROUNDS_DIR).filter((f) => f.endsWith('.yaml'))
  .map((f) => yaml.load(readFileSync(join(ROUNDS_DIR, f), 'utf8')) as HostRound);

describe('hostPeriods', () => {
  it('groups consecutive Astana-format rounds by city, in date order', () => {
    const periods = hostPeriods(rounds);
    expect(periods.map((p) => [p.city_ar, p.rounds.map((r) => r.number)])).toEqual([
      ['أستانا', [1, 2, 3, 4, 5, 6, 7, 8, 9]],
      ['سوتشي', [10]],
      ['أستانا', [11]],
      ['نور سلطان', [12, 13, 14]],
      ['سوتشي', [15]],
      ['نور سلطان', [16, 17, 18]],
      ['أستانا', [19, 20, 21, 22]],
    ]);
    expect(periods[0]).toMatchObject({ start: '2017-01-23', end: '2018-05-15' });
    expect(periods[1]).toMatchObject({ start: '2018-07-30', end: '2018-07-31' });
  });

  it('ignores the other tracks', () => {
    expect(hostPeriods([{ id: 'geneva-08', track: 'geneva', number: 8, start: '2017-11-28', end: '2017-12-14', city_ar: 'جنيف' }])).toEqual([]);
  });
});

describe('CONTEXT_PERIODS (curated)', () => {
  const exclusionsFile = resolve(ROOT, '../shared/reference/eval-exclusions.txt');
  const excluded = existsSync(exclusionsFile)
    ? readFileSync(exclusionsFile, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.startsWith('http'))
    : [];

  it.each(CONTEXT_PERIODS.map((p) => [p.id, p] as const))('%s: real days, in order, each with a source', (_id, p) => {
    expect(isoDay.safeParse(p.start).success).toBe(true);
    if (p.end !== null) {
      expect(isoDay.safeParse(p.end).success).toBe(true);
      expect(p.end >= p.start).toBe(true);
    }
    expect(p.startSources.length).toBeGreaterThan(0);
    expect(p.endSources.length).toBeGreaterThan(0);
    for (const s of [...p.startSources, ...p.endSources]) {
      expect(new URL(s.url).protocol).toMatch(/^https?:$/);
      expect(excluded).not.toContain(s.url);
    }
  });

  it('has the four envoys, one after another, the last still open', () => {
    const envoys = CONTEXT_PERIODS.filter((p) => p.kind === 'envoy');
    expect(envoys.map((e) => e.id)).toEqual(['envoy-annan', 'envoy-brahimi', 'envoy-de-mistura', 'envoy-pedersen']);
    for (let i = 1; i < envoys.length; i++) expect(envoys[i]!.start > envoys[i - 1]!.end!).toBe(true);
    expect(envoys.at(-1)!.end).toBeNull();
  });
});

describe('contextBands', () => {
  const bands = contextBands(CONTEXT_PERIODS, rounds);

  it('lists envoys, then hosts, then the committee, with Arabic date text', () => {
    expect([...new Set(bands.map((b) => b.kind))]).toEqual(['envoy', 'host', 'committee']);
    expect(bands.find((b) => b.id === 'envoy-annan')!.date).toBe('23 شباط 2012 – 31 آب 2012');
    expect(bands.find((b) => b.id === 'envoy-pedersen')!.date).toBe('منذ 7 كانون الثاني 2019');
    const sochi = bands.find((b) => b.id === 'host-astana-10')!;
    expect(sochi).toMatchObject({ lane: 'astana', label: 'المضيف: سوتشي', date: '30–31 تموز 2018', rounds: ['astana-10'] });
    expect(bands.find((b) => b.kind === 'committee')).toMatchObject({ lane: 'constitutional-committee', start: '2019-09-23', end: '2022-06-03' });
  });

  it('gives a source page only once when it dates both ends', () => {
    const cc = bands.find((b) => b.kind === 'committee')!;
    expect(new Set(cc.sources.map((s) => s.url)).size).toBe(cc.sources.length);
    expect(cc.sources.length).toBe(2);
  });
});
