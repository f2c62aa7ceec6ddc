// Search and embeds as a teacher uses them, in Chromium at 1280×900 and as a phone at 390×844, on one
// build of the seeds: more than 30 results with «more», excerpts with the match marked, the choice of
// what to find, the forms «أستانا 8», «كانون الأول 2017» and «ديسمبر 2017»; the embed views of an entry,
// a round and a filtered timeline, framed by another site under the site's headers (dist/_headers, as a
// host serves them) while every other page refuses the frame, and «تضمين», which copies their code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { BrowserContext, Page } from 'playwright-core';
import { buildSite, ROOT, type Built } from './build-site.ts';
import { serve, type StaticServer } from './serve.ts';
import { openChromium, type OpenContext } from './browser.ts';
import { headersForPath, parseHeadersFile } from './headers-rules.ts';
import type { TimelineData } from '../../src/lib/timeline-data.ts';
import { builtTimelineData } from './site-files.ts';

interface ExportEntry { id: string; title: string; url: string; date: string; round: string | null }

let built: Built;
let server: StaticServer;
let other: { url: string; server: Server };
let desktop: OpenContext;
let phone: OpenContext;
let entries: ExportEntry[];
let data: TimelineData;
const foreign: string[] = [];
const errors: string[] = [];
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

async function watch(ctx: BrowserContext): Promise<void> {
  await ctx.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${server.url}/`) || url.startsWith(`${other.url}/`) || url.startsWith('data:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  ctx.on('page', (page) => {
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
    // A policy violation is a console error: the site's own pages must cause none.
    page.on('console', (m) => { if (m.type() === 'error' && page.url().startsWith(server.url)) errors.push(`${page.url()}: ${m.text()}`); });
  });
}

async function open(ctx: BrowserContext, path: string): Promise<Page> {
  const page = await ctx.newPage();
  expect((await page.goto(`${server.url}${path}`))?.status(), path).toBe(200);
  return page;
}

const VIEWPORTS = [['1280×900', () => desktop.context], ['390×844', () => phone.context]] as const;

beforeAll(async () => {
  built = buildSite('seeds');
  const rules = parseHeadersFile(readFileSync(join(built.out, '_headers'), 'utf8'));
  server = await serve(built.out, (path) => headersForPath(rules, path));
  // Another site, on another origin, whose page frames the views it is given: ?src=<path>&src=<path>.
  const frames = createServer((req, res) => {
    const srcs = new URL(req.url ?? '/', 'http://x').searchParams.getAll('src');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(`<!doctype html><html lang="en"><title>class page</title>${srcs.map((s, i) => `<iframe id="f${i}" title="f${i}" src="${server.url}${s}"></iframe>`).join('')}</html>`);
  });
  await new Promise<void>((resolve) => frames.listen(0, '127.0.0.1', resolve));
  const address = frames.address();
  other = { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server: frames };
  entries = (JSON.parse(readFileSync(join(built.out, 'entries.json'), 'utf8')) as { entries: ExportEntry[] }).entries;
  data = builtTimelineData(built.out);
  desktop = await openChromium({ viewport: { width: 1280, height: 900 } });
  phone = await openChromium({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  for (const c of [desktop, phone]) {
    await watch(c.context);
    await c.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  }
});

afterAll(async () => {
  await desktop?.close();
  await phone?.close();
  await server?.close();
  await new Promise<void>((resolve) => { other?.server.closeAllConnections(); other?.server.close(() => resolve()); });
});

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(d: Document, o: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
}

/** The search page for `q` (and a type), once it has answered. */
async function search(ctx: BrowserContext, q: string, type = ''): Promise<Page> {
  const page = await open(ctx, `/search/?q=${encodeURIComponent(q)}${type ? `&type=${type}` : ''}`);
  await expect.poll(() => page.locator('#search-status').innerText(), { timeout: 15_000 }).toMatch(/نتيجة|لا نتائج/);
  return page;
}

const hrefs = (page: Page) => page.locator('#search-results li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
const totalOf = async (page: Page) => Number(/(\d+) نتيجة/.exec(await page.locator('#search-status').innerText())?.[1] ?? 0);

/** What a built page prints for search to cut an excerpt from: its indexed text without the hidden forms. */
function printedText(href: string): string {
  const { document } = parseHTML(readFileSync(join(built.out, href, 'index.html'), 'utf8'));
  const body = document.querySelector('[data-pagefind-body]')!;
  body.querySelectorAll('[data-search-forms], [data-pagefind-ignore]').forEach((el) => el.remove());
  return body.textContent ?? '';
}

describe.each(VIEWPORTS)('search at %s', (_, ctx) => {
  it('shows 30 results, then 30 more with each press of «more», the keyboard going on from the first new one', async () => {
    const page = await search(ctx(), 'أستانا');
    const total = await totalOf(page);
    expect(total, 'the catalog alone has more than 60 pages about Astana').toBeGreaterThan(60);
    expect(await page.locator('#search-results li').count()).toBe(30);
    expect(await page.locator('#search-status').innerText()).toMatch(new RegExp(`^عرض 30 من ${total} نتيجة`));
    await page.locator('#search-more').click();
    await expect.poll(() => page.locator('#search-results li').count()).toBe(60);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe((await hrefs(page))[30]);
    while (await page.locator('#search-more').isVisible()) {
      const n = await page.locator('#search-results li').count();
      await page.locator('#search-more').click();
      await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(n);
    }
    const all = await hrefs(page);
    expect(all.length).toBe(total);
    expect(new Set(all).size).toBe(total);
    expect(await page.locator('#search-status').innerText()).toMatch(new RegExp(`^${total} نتيجة`));
    await page.close();
  });

  it('puts under each result an excerpt of what its page prints, with the match marked', async () => {
    for (const [q, marked] of [['ديسمبر 2017', /^كانون الأول 2017$|^2017$/], ['دستور', /دستور/], ['استانا', /^[آأا]ستان[اة]|^نور[ -]?سلطان$|^العاصمة الكازاخ/]] as const) {
      // «استانا» names the city: every spelling the catalog gives it (content/actors/astana.yaml) is a match.
      const page = await search(ctx(), q);
      const results = await page.locator('#search-results li').evaluateAll((lis) => lis.map((li) => ({
        href: li.querySelector('a')!.getAttribute('href')!,
        excerpt: li.querySelector('.excerpt')?.textContent ?? '',
        marks: [...li.querySelectorAll('.excerpt mark')].map((m) => m.textContent ?? ''),
      })));
      expect(results.length, q).toBeGreaterThan(0);
      for (const r of results) {
        expect(r.marks.length, `${q}: ${r.href}: «${r.excerpt}»`).toBeGreaterThan(0);
        for (const m of r.marks) expect(m.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''), `${q}: ${r.href}`).toMatch(marked);
        // Every word of the excerpt is one the page prints: none of the hidden search forms («جولا»).
        const printed = printedText(r.href);
        // (Pagefind ends each block with a full stop the page does not print: punctuation is left aside.)
        const words = r.excerpt.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
        for (const w of words) expect(printed, `${q}: ${r.href}: ${w}`).toContain(w);
      }
      await page.close();
    }
  });

  it('finds entries, rounds, articles or actors alone when asked, and keeps the choice in the address', async () => {
    const everything = await search(ctx(), 'أستانا');
    const total = await totalOf(everything);
    await everything.close();
    let sum = 0;
    for (const [type, path] of [['entry', '/entries/'], ['round', '/rounds/'], ['article', '/articles/'], ['actor', '/actors/']] as const) {
      const page = await search(ctx(), 'أستانا', type);
      while (await page.locator('#search-more').isVisible()) {
        const n = await page.locator('#search-results li').count();
        await page.locator('#search-more').click();
        await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(n);
      }
      const found = await hrefs(page);
      expect(found.length, type).toBeGreaterThan(0);
      for (const h of found) expect(h, type).toMatch(new RegExp(`^${path}`));
      expect(await page.locator(`input[name=type][value=${type}]`).isChecked()).toBe(true);
      sum += found.length;
      await page.close();
    }
    expect(sum).toBe(total);
    // Choosing in the form searches again and writes the choice into the address.
    const page = await search(ctx(), 'أستانا');
    await page.locator('input[name=type][value=round]').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('type')).toBe('round');
    await expect.poll(async () => (await hrefs(page)).every((h) => h.startsWith('/rounds/')) && (await hrefs(page)).length > 0).toBe(true);
    await page.close();
  });

  it('with results, excerpts, the choice of type and «more»: axe finds no violation, nothing spills sideways', async () => {
    const page = await search(ctx(), 'أستانا');
    expect(await page.locator('#search-more').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.close();
  });

  it('still finds a round\'s entries by «أستانا 8», and the same entries by either month system, among entries alone', async () => {
    const round = entries.find((e) => e.round === 'astana-08');
    expect(round, 'the seeds have an entry of Astana 8').toBeDefined();
    const astana8 = await search(ctx(), 'أستانا 8', 'entry');
    expect(await hrefs(astana8)).toContain(new URL(round!.url).pathname);
    await astana8.close();
    const levant = await search(ctx(), 'كانون الأول 2017', 'entry');
    const egypt = await search(ctx(), 'ديسمبر 2017', 'entry');
    const [a, b] = [(await hrefs(levant)).sort(), (await hrefs(egypt)).sort()];
    expect(a.length).toBeGreaterThan(1);
    expect(b).toEqual(a);
    await levant.close();
    await egypt.close();
  });
});

/** The frames another origin's page holds, once each has loaded or been refused. */
async function framedBy(ctx: BrowserContext, paths: string[]): Promise<{ page: Page; refused: string[] }> {
  const page = await ctx.newPage();
  const refused: string[] = [];
  page.on('console', (m) => { if (/frame-ancestors/.test(m.text())) refused.push(m.text()); });
  await page.goto(`${other.url}/?${paths.map((p) => `src=${encodeURIComponent(p)}`).join('&')}`);
  await page.waitForLoadState('load');
  return { page, refused };
}

describe.each(VIEWPORTS)('embeds at %s', (_, ctx) => {
  it('another site frames the embed views of an entry, a round and the timeline; the full pages refuse the frame', async () => {
    const entry = entries.find((e) => e.round)!;
    const id = new URL(entry.url).pathname.split('/')[2]!;
    const views = [`/embed/entries/${id}/`, `/embed/rounds/${entry.round}/`, '/embed/timeline/?track=astana'];
    const { page, refused } = await framedBy(ctx(), views);
    for (const [i, path] of views.entries()) {
      const frame = page.frameLocator(`#f${i}`);
      await expect.poll(() => frame.locator('h1').innerText({ timeout: 10_000 }), { message: path }).not.toBe('');
    }
    expect(await page.frameLocator('#f0').locator('h1').innerText()).toBe(entry.title);
    expect(refused).toEqual([]);
    await page.close();
    const full = await framedBy(ctx(), [`/entries/${id}/`, `/rounds/${entry.round}/`, '/']);
    await expect.poll(() => full.refused.length, { timeout: 10_000 }).toBe(3);
    for (const msg of full.refused) expect(msg).toMatch(/frame-ancestors 'none'/);
    await full.page.close();
  });

  it('«تضمين» on an entry\'s and a round\'s page copies the iframe code of its embed view', async () => {
    const entry = entries.find((e) => e.round)!;
    const id = new URL(entry.url).pathname.split('/')[2]!;
    for (const [path, view] of [[`/entries/${id}/`, `/embed/entries/${id}/`], [`/rounds/${entry.round}/`, `/embed/rounds/${entry.round}/`]] as const) {
      const page = await open(ctx(), path);
      await page.locator('.embed-code summary').click();
      await expect.poll(() => page.locator('.embed-code-status').innerText()).toMatch(/نُسخ/);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(await page.locator('.embed-code-text').inputValue());
      const frame = parseHTML(`<div>${copied}</div>`).document.querySelector('iframe')!;
      expect(new URL(frame.getAttribute('src')!).pathname).toBe(view);
      expect(frame.getAttribute('title')).toMatch(/^مسار: /);
      const shown = await open(ctx(), view);
      expect(await shown.locator('h1').innerText()).not.toBe('');
      await shown.close();
      await page.close();
    }
  });

  it('the timeline\'s view shows only what the filters of its address keep, and says what they are', async () => {
    const page = await open(ctx(), '/embed/timeline/?track=astana&kind=statement');
    await expect.poll(() => page.locator('#filter-notice').isVisible()).toBe(true);
    const notice = await page.locator('#filter-notice').innerText();
    expect(notice).toContain('أستانا');
    expect(notice).toContain('تصريح');
    const shown = await page.locator('.embed-entry:visible a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/')[2]!));
    const expected = data.entries.filter((e) => (e.lane === 'astana' || e.lane === 'other') && e.kind === 'statement').map((e) => e.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(data.entries.length);
    expect(shown.sort()).toEqual(expected.sort());
    expect(await page.locator('.embed-round:visible').count()).toBe(data.rounds.filter((r) => r.lane === 'astana').length);
    // The notice leads to the same filters on the interactive timeline.
    expect(new URL((await page.locator('#filter-notice a').getAttribute('href'))!, server.url).search).toBe('?track=astana&kind=statement');
    await page.close();
    const all = await open(ctx(), '/embed/timeline/');
    expect(await all.locator('.embed-entry:visible').count()).toBe(data.entries.length);
    expect(await all.locator('#filter-notice').isVisible()).toBe(false);
    await all.close();
  });

  it('the code «تضمين» gives on the timeline carries the filters the reader chose', async () => {
    const page = await open(ctx(), '/?track=astana,geneva&kind=statement');
    await page.locator('.embed-code summary').click();
    await expect.poll(() => page.locator('.embed-code-status').innerText()).toMatch(/نُسخ/);
    const src = parseHTML(`<div>${await page.evaluate(() => navigator.clipboard.readText())}</div>`).document.querySelector('iframe')!.getAttribute('src')!;
    expect(new URL(src).pathname).toBe('/embed/timeline/');
    expect(new URL(src).searchParams.get('track')).toBe('astana,geneva');
    expect(new URL(src).searchParams.get('kind')).toBe('statement');
    await page.close();
  });

  it('embed views: axe finds no violation, nothing spills past the frame\'s width, no policy is broken', async () => {
    const entry = entries.find((e) => e.round)!;
    const id = new URL(entry.url).pathname.split('/')[2]!;
    for (const path of [`/embed/entries/${id}/`, `/embed/rounds/${entry.round}/`, '/embed/timeline/?track=astana']) {
      const page = await open(ctx(), path);
      await page.waitForLoadState('networkidle');
      expect(await axeViolations(page), path).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), path).toBe(true);
      await page.close();
    }
  });
});

describe('without JavaScript', () => {
  it('«تضمين» shows the code to copy by hand, and the timeline\'s view lists everything', async () => {
    const noJs = await openChromium({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    try {
      const entry = entries[0]!;
      const page = await noJs.context.newPage();
      await page.goto(`${server.url}${new URL(entry.url).pathname}`);
      await page.locator('.embed-code summary').click();
      expect(await page.locator('.embed-code-text').isVisible()).toBe(true);
      expect(await page.locator('.embed-code-text').inputValue()).toMatch(/^<iframe src="https:\/\/[^"]+\/embed\/entries\//);
      expect(await page.locator('[data-embed-copy]').isVisible()).toBe(false);
      await page.goto(`${server.url}/embed/timeline/?track=astana`);
      expect(await page.locator('.embed-entry:visible').count()).toBe(data.entries.length);
    } finally {
      await noJs.close();
    }
  });
});

describe('the visits above', () => {
  it('made no request off the two origins and raised no error on the site\'s pages', () => {
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});
