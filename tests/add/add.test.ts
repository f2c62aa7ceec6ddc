// `npm run add` end to end: the real cli against a page server on 127.0.0.1 (never the network).
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runIngest, tempDir } from '../ingest/run-ingest.ts';

const PAGES = join(ROOT, 'tests/fixtures/pages');
const page = (name: string) => readFileSync(join(PAGES, `${name}.html`));

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const html = { 'content-type': 'text/html; charset=utf-8' };
    switch (req.url) {
      case '/old-address': res.writeHead(301, { location: '/politics/astana-4-closing-memorandum/' }).end(); return;
      case '/politics/astana-4-closing-memorandum/': res.writeHead(200, html).end(page('wordpress')); return;
      case '/no-canonical': res.writeHead(200, html).end(page('legacy-table')); return;
      case '/report.pdf': res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4'); return;
      case '/huge': {
        // A page that never ends: the cap must stop it, not the server.
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = `<p>${'نص '.repeat(2000)}</p>`;
        const more = () => { while (res.write(chunk)) { /* until the socket is full */ } };
        res.on('drain', more);
        res.on('close', () => res.off('drain', more));
        more();
        return;
      }
      case '/slow': return; // never answers
      case '/loop': res.writeHead(302, { location: '/loop' }).end(); return;
      case '/menu': res.writeHead(200, html).end('<html><body><nav><a href="/">الرئيسية</a></nav></body></html>'); return;
      default: res.writeHead(404, html).end('<h1>غير موجود</h1>');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

/** Runs the real cli without blocking this process, which serves the pages. */
function add(seeds: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, 'src/add/cli.ts'), '--seeds', seeds, '--catalog', join(ROOT, 'content'), ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

function emptySeeds(): string {
  const seeds = join(tempDir('add'), 'seeds');
  mkdirSync(seeds, { recursive: true });
  return seeds;
}

describe('npm run add', { timeout: 60_000 }, () => {
  it('fetches a page through a redirect, saves it named from outlet and date, and says what the build makes of it', async () => {
    const seeds = emptySeeds();
    const run = await add(seeds, [`${base}/old-address`]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const files = readdirSync(seeds);
    expect(files).toEqual([expect.stringMatching(/^badiya-news-example-2017-05-04-[0-9a-f]{6}\.html$/)]);
    expect(run.stdout).toContain(`redirected: ${base}/old-address → ${base}/politics/astana-4-closing-memorandum/ (301)`);
    expect(run.stdout).toContain('title:   اختتام الجولة الرابعة من محادثات أستانا بتوقيع مذكرة مناطق التهدئة');
    expect(run.stdout).toContain('outlet:  وكالة البادية للأنباء');
    expect(run.stdout).toMatch(/date: +2017-05-04 \(exact, inferred, confidence [\d.]+\)\n +evidence: «article:published_time: 2017-05-04»: the page's metadata/);
    expect(run.stdout).toMatch(/entries: [1-9]\d*/);
    const saved = readFileSync(join(seeds, files[0]!), 'utf8');
    expect(saved).toContain(`<!-- saved by npm run add from ${base}/politics/astana-4-closing-memorandum/ on `);
    expect(saved).toContain(`redirected from ${base}/old-address (301)`);
    // What add printed is what the build step makes of the saved file.
    const out = tempDir('add-out');
    expect(runIngest(seeds, out).code).toBe(0);
    const id = files[0]!.replace(/\.html$/, '');
    expect(matter(readFileSync(join(out, 'articles', `${id}.mdx`), 'utf8')).data.published).toBe('2017-05-04');
    // The same page again: kept, nothing new.
    const again = await add(seeds, [`${base}/politics/astana-4-closing-memorandum/`]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already in seeds/');
    expect(readdirSync(seeds)).toEqual(files);
  });

  it('a page that names no address of its own keeps the one it was fetched from', async () => {
    const seeds = emptySeeds();
    const run = await add(seeds, [`${base}/no-canonical`]);
    expect(run.code).toBe(0);
    expect(readdirSync(seeds)).toEqual([expect.stringMatching(/^127-0-0-1-2017-11-30-[0-9a-f]{6}\.html$/)]);
    expect(run.stdout).toContain(`address: ${base}/no-canonical`);
  });

  it('a saved page given as a file is added the same way', async () => {
    const seeds = emptySeeds();
    const run = await add(seeds, [join(PAGES, 'drupal.html')]);
    expect(run.code).toBe(0);
    expect(readdirSync(seeds)).toEqual([expect.stringMatching(/^nahar-alsham-example-2018-07-30-[0-9a-f]{6}\.html$/)]);
    expect(readFileSync(join(seeds, readdirSync(seeds)[0]!))).toEqual(page('drupal'));
  });

  it('every bad address is one line naming it and why, nothing is written, and the good one is still added', async () => {
    const seeds = emptySeeds();
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const refused = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/x`;
    await new Promise((done) => closed.close(done));
    const bad: Array<[string, RegExp]> = [
      [`${base}/missing`, /HTTP 404/],
      [`${base}/report.pdf`, /not an HTML page \(content-type application\/pdf\)/],
      [`${base}/huge`, /too big: over the cap of 1 MB/],
      [`${base}/slow`, /no answer within 2 s \(timeout\)/],
      [`${base}/loop`, /more than 5 redirects/],
      [`${base}/menu`, /no article text in the page/],
      [refused, /connection refused/],
      ['no-such-file.html', /neither an http\(s\) address nor a file/],
    ];
    const run = await add(seeds, ['--timeout', '2', '--max-bytes', String(1024 * 1024), ...bad.map(([a]) => a), join(PAGES, 'restamped.html')]);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n').filter((l) => l.startsWith('add: '));
    expect(lines).toHaveLength(bad.length);
    bad.forEach(([address, why], i) => {
      expect(lines[i]).toMatch(new RegExp(`^add: ${address.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: `));
      expect(lines[i]).toMatch(why);
      expect(lines[i]).toMatch(/; nothing written$/);
    });
    expect(readdirSync(seeds)).toEqual([expect.stringMatching(/^alsharq-aljadid-example-2017-12-21-[0-9a-f]{6}\.html$/)]);
  });
});
