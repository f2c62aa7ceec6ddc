// `npm start` as a maintainer meets it, on the real seeds plus one article whose date cannot be found:
// the ingest's diagnostic and summary, one line about the site, then the address, and nothing else
// (no route list, no vite notes); and the site is served from the other articles all the same.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const WORK = join(ROOT, 'tests/.cache/start');

// The bad-input fixture's story about the talks with no date anywhere, which the build must refuse.
const UNDATED = readFileSync(join(ROOT, 'tests/fixtures/bad-input/no-date.txt'), 'utf8');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

let child: ChildProcess | undefined;

afterAll(async () => {
  if (child?.pid && child.exitCode === null) {
    const exited = new Promise((done) => child!.once('exit', done));
    process.kill(-child.pid, 'SIGTERM');
    await exited;
  }
});

describe('npm start', () => {
  it('prints the diagnostics, a summary and the address, and serves the site although an article has an error', async () => {
    rmSync(WORK, { recursive: true, force: true });
    const seeds = join(WORK, 'seeds');
    const content = join(WORK, 'content');
    const out = join(WORK, 'dist');
    cpSync(join(ROOT, 'seeds'), seeds, { recursive: true });
    writeFileSync(join(seeds, 'zz-undated.txt'), UNDATED);
    mkdirSync(content, { recursive: true });
    for (const f of ['rounds', 'actors', 'ids.lock.json', 'edits.yaml']) {
      if (existsSync(join(ROOT, 'content', f))) cpSync(join(ROOT, 'content', f), join(content, f), { recursive: true });
    }
    const port = await freePort();
    const logFile = join(WORK, 'start.log');
    // One file for both streams, as a terminal shows them: in the order they were written.
    const log = openSync(logFile, 'w');
    child = spawn('npm', ['run', '--silent', 'start', '--', '--seeds', seeds, '--content', content, '--out', out, '--port', String(port)],
      { cwd: ROOT, env: { ...process.env, CI: 'true' }, stdio: ['ignore', log, log], detached: true });
    closeSync(log);
    const address = `http://127.0.0.1:${port}/`;
    await expect.poll(() => readFileSync(logFile, 'utf8'), { timeout: 240_000, interval: 500 }).toContain(`serving ${address}`);

    const lines = readFileSync(logFile, 'utf8').split('\n').filter((l) => l.trim() !== '');
    const unexpected = lines.filter((l) => !/^\S+:\d+:\d+ (error|warning): .+ \[[a-z-]+\]$/.test(l)
      && !/^\d+ articles: /.test(l) && !/^site: /.test(l) && !l.startsWith(`serving ${address}`));
    expect(unexpected).toEqual([]);
    const errorAt = lines.findIndex((l) => /zz-undated\.txt:1:1 error: .*published/.test(l));
    expect(errorAt).toBeGreaterThanOrEqual(0);
    expect(lines.filter((l) => / error: /.test(l))).toHaveLength(1);
    expect(lines.findIndex((l) => l.startsWith('serving '))).toBe(lines.length - 1);
    expect(lines.at(-1)).toContain('errors');

    const home = await fetch(address);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('مسار محادثات السلام السورية');
    const { entries } = JSON.parse(readFileSync(join(out, 'entries.json'), 'utf8')) as { entries: { url: string; title: string }[] };
    expect(entries.length).toBeGreaterThan(0);
    const entry = await fetch(new URL(new URL(entries[0]!.url).pathname, address));
    expect(entry.status).toBe(200);
    expect(await entry.text()).toContain(entries[0]!.title);
  }, 300_000);
});
