// The run's decisions without a process or a file: cache reuse, duplicates, the last-good fallback,
// and the ids lock with its successors.
import { describe, expect, it } from 'vitest';
import type { ArticleResult } from '../../src/ingest/pipeline.ts';
import type { EventRecord } from '../../src/ingest/shared/event-record.ts';
import { reconcileLock } from '../../src/ingest/lock/reconcile-lock.ts';
import { pendingSources, planCache, planRun, settleRun, type SeedInput } from '../../src/ingest/plan-run.ts';
import { emptyManifest, type Manifest } from '../../src/ingest/write/manifest.ts';

const built = (source: string, id: string, events: EventRecord[] = []): ArticleResult =>
  ({ source, id, article: { fields: { id }, mdx: `---\nid: ${id}\n---\n` }, events, diagnostics: [] });
const broken = (source: string, id: string): ArticleResult =>
  ({ source, id, article: null, events: [], diagnostics: [{ file: source, line: 1, column: 1, severity: 'error', rule: 'no-date', reason: 'no date' }] });
// findSuccessors reads a report's id, article and quote only.
const report = (id: string, article: string, quote: string) => ({ id, article, quote }) as EventRecord;

function manifestWith(records: Record<string, { hash: string; result: ArticleResult }>): Manifest {
  return { ...emptyManifest('f'), articles: records };
}

describe('planCache', () => {
  // The project's seeds, as the last run recorded them under fingerprint `f`.
  const names = ['000_db2cdda413b17d13', '001_e170048bbaa0e3ab', '002_1133cbd99b86392b'];
  const previous = manifestWith(Object.fromEntries(names.map((n) => [`seeds/${n}.txt`, { hash: `h-${n}`, result: built(`seeds/${n}.txt`, n.replace('_', '-')) }])));
  const hashes = new Map([
    ['seeds/000_db2cdda413b17d13.txt', 'h-000_db2cdda413b17d13'],
    ['seeds/001_e170048bbaa0e3ab.txt', 'edited since'],
    ['seeds/004_557d863690ff85e5.txt', 'h-004'],
  ]);

  it('reuses the results of unchanged seeds under the same code and catalog, and sorts the seeds by change', () => {
    const plan = planCache(previous, 'f', false, hashes);
    expect(plan.reuse).toBe(true);
    expect(plan.changes).toEqual({
      added: ['seeds/004_557d863690ff85e5.txt'], changed: ['seeds/001_e170048bbaa0e3ab.txt'],
      unchanged: ['seeds/000_db2cdda413b17d13.txt'], removed: ['seeds/002_1133cbd99b86392b.txt'],
    });
    expect([...plan.unchanged]).toEqual(['seeds/000_db2cdda413b17d13.txt']);
  });

  it('reuses nothing under --force or another fingerprint, and still says what changed', () => {
    for (const plan of [planCache(previous, 'f', true, hashes), planCache(previous, 'another code', false, hashes)]) {
      expect(plan.reuse).toBe(false);
      expect(plan.unchanged.size).toBe(0);
      expect(plan.changes.unchanged).toEqual(['seeds/000_db2cdda413b17d13.txt']);
    }
  });
});

describe('planRun', () => {
  const a = built('seeds/a.txt', 'a');
  const previous = manifestWith({ 'seeds/a.txt': { hash: 'h1', result: a } });

  it('reuses an unchanged seed whose article file is there, and processes the others', () => {
    const inputs: SeedInput[] = [{ source: 'seeds/a.txt', hash: 'h1' }, { source: 'seeds/b.txt', hash: 'h2' }];
    const plan = planRun(inputs, previous, new Set(['seeds/a.txt']), new Set(['articles/a.mdx']));
    expect([...plan]).toEqual([['seeds/a.txt', a], ['seeds/b.txt', null]]);
  });

  it('processes an unchanged seed again when its article file is gone, or when reuse is off', () => {
    const inputs: SeedInput[] = [{ source: 'seeds/a.txt', hash: 'h1' }];
    expect(planRun(inputs, previous, new Set(['seeds/a.txt']), new Set()).get('seeds/a.txt')).toBeNull();
    expect(planRun(inputs, previous, new Set(), new Set(['articles/a.mdx'])).get('seeds/a.txt')).toBeNull();
  });

  it('skips a second copy of a text with a warning naming the first', () => {
    const plan = planRun([{ source: 'seeds/x.txt', hash: 'same' }, { source: 'seeds/y.txt', hash: 'same' }], emptyManifest(), new Set(), new Set());
    expect(plan.get('seeds/x.txt')).toBeNull();
    expect(plan.get('seeds/y.txt')?.diagnostics).toEqual([{ file: 'seeds/y.txt', line: 1, column: 1, severity: 'warning', rule: 'duplicate-article', reason: 'same text as seeds/x.txt: skipped' }]);
  });

  it('leaves to process, in order, the seeds it knows no result for', () => {
    const inputs: SeedInput[] = [
      { source: 'seeds/a.txt', hash: 'h1' }, { source: 'seeds/b.txt', hash: 'h2' }, { source: 'seeds/c.txt', hash: 'h2' },
      { source: 'seeds/d.txt', hash: 'h3', refused: 'a symbolic link' }, { source: 'seeds/e.txt', hash: 'h4' },
    ];
    expect(pendingSources(planRun(inputs, previous, new Set(['seeds/a.txt']), new Set(['articles/a.mdx'])))).toEqual(['seeds/b.txt', 'seeds/e.txt']);
  });

  it('turns a refused seed into an error on it, never processed', () => {
    const plan = planRun([{ source: 'seeds/link.txt', hash: 'h', refused: 'a symbolic link' }], emptyManifest(), new Set(), new Set());
    expect(plan.get('seeds/link.txt')).toMatchObject({ article: null, diagnostics: [{ severity: 'error', rule: 'seed-file', reason: 'a symbolic link' }] });
  });
});

describe('settleRun', () => {
  it('publishes the last good result of a seed that now fails, and marks its id failed', () => {
    const good = built('seeds/a.txt', 'a');
    const previous = manifestWith({ 'seeds/a.txt': { hash: 'old', result: good } });
    const s = settleRun([{ source: 'seeds/a.txt', hash: 'new' }], new Map([['seeds/a.txt', broken('seeds/a.txt', 'a')]]), previous);
    expect(s.results).toEqual([good]);
    expect(s.articles['seeds/a.txt']).toBe(previous.articles['seeds/a.txt']);
    expect([...s.failedIds]).toEqual(['a']);
    expect(s.diagnostics.map((d) => d.rule)).toEqual(['no-date']);
  });

  it('records a new good result under its new hash, and keeps the record read when nothing changed', () => {
    const a = built('seeds/a.txt', 'a');
    const previous = manifestWith({ 'seeds/a.txt': { hash: 'h1', result: a } });
    const b = built('seeds/b.txt', 'b');
    const s = settleRun([{ source: 'seeds/a.txt', hash: 'h1' }, { source: 'seeds/b.txt', hash: 'h2' }], new Map([['seeds/a.txt', a], ['seeds/b.txt', b]]), previous);
    expect(s.articles['seeds/a.txt']).toBe(previous.articles['seeds/a.txt']);
    expect(s.articles['seeds/b.txt']).toEqual({ hash: 'h2', result: b });
    expect(s.failedIds.size).toBe(0);
  });

  it('refuses a second article with an id already taken, and does not record it', () => {
    const s = settleRun([{ source: 'seeds/a.txt', hash: 'h1' }, { source: 'seeds/A.txt', hash: 'h2' }], new Map([['seeds/a.txt', built('seeds/a.txt', 'a')], ['seeds/A.txt', built('seeds/A.txt', 'a')]]), emptyManifest());
    expect(s.results[1]).toMatchObject({ article: null, diagnostics: [{ rule: 'duplicate-id', reason: 'article id `a` is already taken by seeds/a.txt: rename one of the files' }] });
    expect(Object.keys(s.articles)).toEqual(['seeds/a.txt']);
  });
});

describe('reconcileLock', () => {
  const OLD = 'افتتحت الجولة الثامنة من محادثات أستانا في العاصمة الكازاخية';
  const NEW = 'افتتحت الجولة الثامنة من محادثات أستانا اليوم في العاصمة الكازاخية';

  it('redirects a vanished id to the entry holding its edited report, with a warning on the article', () => {
    const results = [built('seeds/a.txt', 'a', [report('a-new', 'a', NEW)])];
    const plan = reconcileLock({ published: ['a-old'], redirects: {} }, [{ id: 'a-new', aliases: ['a-new'] }], { results, failedIds: new Set() },
      (id) => (id === 'a-old' ? [{ id, article: 'a', quote: OLD }] : []), 'content/ids.lock.json');
    expect(plan.lock).toEqual({ published: ['a-new', 'a-old'], redirects: { 'a-old': 'a-new' } });
    expect(plan.vanished).toEqual([]);
    expect(plan.diagnostics).toEqual([{ file: 'seeds/a.txt', line: 1, column: 1, severity: 'warning', rule: 'ids-lock', reason: 'entry `a-old` now redirects to `a-new`: its quote changed (recorded in ids.lock.json)' }]);
  });

  it('names every published id that would vanish with no successor, on the lock file', () => {
    const plan = reconcileLock({ published: ['a-old', 'b-1'], redirects: {} }, [{ id: 'b-1', aliases: ['b-1'] }], { results: [], failedIds: new Set() }, () => [], 'content/ids.lock.json');
    expect(plan.vanished).toHaveLength(1);
    expect(plan.vanished[0]).toMatchObject({ file: 'content/ids.lock.json', line: 1, column: 1, severity: 'error', rule: 'ids-lock' });
    // The message names the flag a maintainer uses to take an article down.
    expect(plan.vanished[0]!.reason).toMatch(/^published entry id `a-old` would vanish: .*add `withdrawn: "<the reason, in Arabic>"` to its front matter/);
  });

  it('warns, on the merged article\'s seed, when an id now redirects to the entry it was merged into', () => {
    const results = [built('seeds/a.txt', 'a'), built('seeds/b.txt', 'b')];
    const plan = reconcileLock({ published: ['a-1a2b3c', 'b-4d5e6f'], redirects: {} }, [{ id: 'a-1a2b3c', aliases: ['a-1a2b3c', 'b-4d5e6f'] }], { results, failedIds: new Set() }, () => [], 'lock');
    expect(plan.lock.redirects).toEqual({ 'b-4d5e6f': 'a-1a2b3c' });
    expect(plan.diagnostics).toEqual([{ file: 'seeds/b.txt', line: 1, column: 1, severity: 'warning', rule: 'ids-lock', reason: 'entry `b-4d5e6f` now redirects to `a-1a2b3c`: merged with the same event as reported by seeds/a.txt (recorded in ids.lock.json)' }]);
    // Recorded once: the next run says nothing more.
    expect(reconcileLock(plan.lock, [{ id: 'a-1a2b3c', aliases: ['a-1a2b3c', 'b-4d5e6f'] }], { results, failedIds: new Set() }, () => [], 'lock').diagnostics).toEqual([]);
  });

  describe('withdrawn articles', () => {
    const withdrawnA: ArticleResult = { source: 'seeds/a.txt', id: 'a', article: null, events: [], diagnostics: [], withdrawn: 'نُشر خطأً' };
    const b = built('seeds/b.txt', 'b');
    const entries = [{ id: 'b-4d5e6f', aliases: ['b-4d5e6f'] }];

    it('records a withdrawn article\'s published ids with its reason, instead of letting them vanish', () => {
      const plan = reconcileLock({ published: ['a-1a2b3c', 'a-1a2b3c-2', 'b-4d5e6f'], redirects: {} }, entries, { results: [withdrawnA, b], failedIds: new Set() }, () => [], 'lock');
      expect(plan.vanished).toEqual([]);
      expect(plan.lock).toEqual({ published: ['a-1a2b3c', 'a-1a2b3c-2', 'b-4d5e6f'], redirects: {}, withdrawn: { a: { reason: 'نُشر خطأً', entries: ['a-1a2b3c', 'a-1a2b3c-2'] } } });
    });

    it('redirects a withdrawn article\'s entry to the entry of another article that reported the same event', () => {
      const QUOTE = 'أعلن المبعوث الأممي دي ميستورا انطلاق جولة جديدة من المحادثات في جنيف';
      const withReport = built('seeds/b.txt', 'b', [report('b-4d5e6f', 'b', QUOTE)]);
      const sources = (id: string) => (id === 'a-1a2b3c' ? [{ id, article: 'a', quote: 'نص المقال المسحوب' }, { id, article: 'b', quote: QUOTE }] : []);
      const plan = reconcileLock({ published: ['a-1a2b3c', 'a-777777'], redirects: {} }, entries, { results: [withdrawnA, withReport], failedIds: new Set() }, sources, 'lock');
      expect(plan.vanished).toEqual([]);
      expect(plan.lock.redirects).toEqual({ 'a-1a2b3c': 'b-4d5e6f' });
      expect(plan.lock.withdrawn).toEqual({ a: { reason: 'نُشر خطأً', entries: ['a-777777'] } });
      expect(plan.diagnostics.map((d) => [d.file, d.reason])).toEqual([['seeds/a.txt', 'entry `a-1a2b3c` now redirects to `b-4d5e6f`: its article is withdrawn, and the same event is reported by seeds/b.txt (recorded in ids.lock.json)']]);
    });

    it('keeps the record when the seed is deleted, and ends a redirect chain at a withdrawn id', () => {
      const lock = { published: ['a-1a2b3c', 'b-4d5e6f', 'c-777777'], redirects: { 'c-777777': 'a-1a2b3c' }, withdrawn: { a: { reason: 'نُشر خطأً', entries: ['a-1a2b3c'] } } };
      const plan = reconcileLock(lock, entries, { results: [b], failedIds: new Set() }, () => [], 'lock');
      expect(plan.vanished).toEqual([]);
      expect(plan.lock).toEqual(lock);
    });

    it('drops the record when the article builds again, and does not take another article\'s ids (a, a-b)', () => {
      const lock = { published: ['a-1a2b3c', 'a-b-999999'], redirects: {}, withdrawn: { a: { reason: 'نُشر خطأً', entries: ['a-1a2b3c'] } } };
      const again = reconcileLock(lock, [{ id: 'a-1a2b3c', aliases: ['a-1a2b3c'] }, { id: 'a-b-999999', aliases: ['a-b-999999'] }], { results: [built('seeds/a.txt', 'a'), built('seeds/a-b.txt', 'a-b')], failedIds: new Set() }, () => [], 'lock');
      expect(again.lock.withdrawn).toBeUndefined();
      const gone = reconcileLock(lock, [{ id: 'a-1a2b3c', aliases: ['a-1a2b3c'] }], { results: [withdrawnA], failedIds: new Set() }, () => [], 'lock');
      expect(gone.vanished.map((d) => d.reason.split(' would')[0])).toEqual(['published entry id `a-b-999999`']);
    });
  });

  describe('over the buckets merged again only (the others standing, unread)', () => {
    type Buckets = Record<string, Array<{ id: string; aliases: string[] }>>;
    const e = (id: string, ...merged: string[]) => ({ id, aliases: [id, ...merged] });
    const flat = (b: Buckets) => Object.values(b).flat().sort((x, y) => (x.id < y.id ? -1 : 1));
    const results = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => built(`seeds/${id}.txt`, id));
    const run = (lock: Parameters<typeof reconcileLock>[0], b: Buckets) => reconcileLock(lock, flat(b), { results, failedIds: new Set() }, () => [], 'lock');
    // Two runs reconciled in full: d merged into c (a redirect to a standing entry), b into a.
    const first: Buckets = { B1: [e('a-000001'), e('b-000001')], B2: [e('c-000001'), e('d-000001')], B3: [e('e-000001')] };
    const second: Buckets = { B1: [e('a-000001', 'b-000001')], B2: [e('c-000001', 'd-000001')], B3: [e('e-000001')] };
    const lock = run(run({ published: [], redirects: {} }, first).lock, second).lock;

    /** The plan for `now`, once over every entry and once over the buckets in `visited` only. */
    function both(now: Buckets, visited: string[]) {
      const full = run(lock, now);
      let readAll = 0;
      const standing = {
        before: visited.flatMap((k) => second[k] ?? []),
        all: () => (readAll++, flat(now)),
      };
      const quick = reconcileLock(lock, flat(Object.fromEntries(visited.filter((k) => now[k]).map((k) => [k, now[k]!]))), { results, failedIds: new Set() }, () => [], 'lock', standing);
      return { full, quick, readAll };
    }

    it('gives what reconciling every entry gives, without reading the standing ones', () => {
      // a's entry now opens as f's (a and b redirect there), e merged into g's new entry, h new; B2 stands.
      const now: Buckets = { B1: [e('f-000001', 'a-000001', 'b-000001')], B2: second.B2!, B3: [e('g-000001', 'e-000001')], B4: [e('h-000001')] };
      const { full, quick, readAll } = both(now, ['B1', 'B3', 'B4']);
      expect(full.vanished).toEqual([]);
      expect(full.lock.redirects).toEqual({ 'a-000001': 'f-000001', 'b-000001': 'f-000001', 'd-000001': 'c-000001', 'e-000001': 'g-000001' });
      expect(quick).toEqual(full);
      expect(readAll).toBe(0);
    });

    it('reads every entry when an id would vanish, and says what reconciling them all says', () => {
      const now: Buckets = { B1: second.B1!, B2: second.B2!, B3: [e('g-000001')] };
      const { full, quick, readAll } = both(now, ['B3']);
      expect(full.vanished.map((d) => d.reason.split(' would')[0])).toEqual(['published entry id `e-000001`']);
      expect(quick).toEqual(full);
      expect(readAll).toBe(1);
    });

    it('brings a redirected id back to life when its entry is built again', () => {
      const now: Buckets = { B1: [e('a-000001'), e('b-000001')], B2: second.B2!, B3: second.B3! };
      const { full, quick, readAll } = both(now, ['B1']);
      expect(full.lock.redirects).toEqual({ 'd-000001': 'c-000001' });
      expect(quick).toEqual(full);
      expect(readAll).toBe(0);
    });
  });

  it('keeps the published ids of an article that failed this run', () => {
    const plan = reconcileLock({ published: ['a-1', 'b-1'], redirects: {} }, [{ id: 'b-1', aliases: ['b-1'] }], { results: [], failedIds: new Set(['a']) }, () => [], 'lock');
    expect(plan.vanished).toEqual([]);
    expect(plan.lock.published).toEqual(['a-1', 'b-1']);
  });
});
