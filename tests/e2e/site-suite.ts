// Browser tests of a built site: one build per test file (tests/e2e/build-site.ts), served on 127.0.0.1,
// checked in Debian Chromium. Every page visit records console errors and any request that would
// leave the origin (those are aborted).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parseHTML } from 'linkedom';
import { createHash } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { buildSite, ROOT, type Built, type ContentKind } from './build-site.ts';
import { serve, type StaticServer } from './serve.ts';
import { openChromium, type OpenContext } from './browser.ts';
import { brokenInternalLinks, htmlFiles } from './site-files.ts';
import { SEARCHED_FOLDERS } from '../../src/build/build-steps.ts';
import { headersForPath, parseHeadersFile } from './headers-rules.ts';
import matter from 'gray-matter';
import { dateSpan } from '../../src/lib/date-span.ts';
import type { Entry } from '../../src/lib/schemas.ts';
import { UNKNOWN_EVIDENCE_AR } from '../../src/lib/evidence/explain-note.ts';

interface ExportEntry { id: string; title: string; url: string; dateCertainty: string; date: string; round: string | null; sources: { quote: string; article: string }[] }

/** Every browser check, against the site built from one kind of content. */
export function siteSuite(kind: ContentKind): void {
  let built: Built;
  let server: StaticServer;
  let chromium: OpenContext;
  let context: BrowserContext;
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  let exported: { entries: ExportEntry[] };
  let roundIds: string[];

  const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const ARABIC_MONTH = /(كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول|يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر)/;

  async function watch(ctx: BrowserContext, origin: string): Promise<void> {
    await ctx.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`) || url.startsWith('data:')) return route.continue();
      foreignRequests.push(url);
      return route.abort();
    });
    ctx.on('page', (page) => {
      page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(`${page.url()}: ${m.text()}`); });
      page.on('pageerror', (e) => consoleErrors.push(`${page.url()}: ${e.message}`));
    });
  }

  async function open(path: string, ctx: BrowserContext = context): Promise<Page> {
    const page = await ctx.newPage();
    const res = await page.goto(`${server.url}${path}`);
    expect(res?.status(), path).toBe(200);
    return page;
  }

  async function showTimeline(page: Page): Promise<void> {
    await page.locator('#timeline').hover();
    await page.locator('.vis-item.round').first().waitFor({ timeout: 15_000 });
  }

  async function axeViolations(page: Page): Promise<string[]> {
    await page.evaluate(AXE);
    const result = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
      return axe.run(document, { resultTypes: ['violations'] });
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  }

  beforeAll(async () => {
    built = buildSite(kind);
    server = await serve(built.out);
    chromium = await openChromium({ viewport: { width: 1280, height: 900 } });
    context = chromium.context;
    await watch(context, server.url);
    exported = JSON.parse(readFileSync(join(built.out, 'entries.json'), 'utf8'));
    roundIds = readdirSync(join(built.content, 'rounds')).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  describe('every page', () => {
    it('is Arabic and right to left', async () => {
      const paths = ['/', `/rounds/${roundIds[0]}/`, '/about/', '/search/', ...exported.entries.slice(0, 1).map((e) => new URL(e.url).pathname)];
      for (const path of paths) {
        const page = await open(path);
        expect(await page.getAttribute('html', 'lang'), path).toBe('ar');
        expect(await page.getAttribute('html', 'dir'), path).toBe('rtl');
        await page.close();
      }
      for (const file of htmlFiles(built.out)) {
        expect(readFileSync(file, 'utf8'), relative(built.out, file)).toMatch(/^<!DOCTYPE html><html lang="ar" dir="rtl">/);
      }
    });

    it('carries a Content-Security-Policy that allows nothing from another origin', () => {
      const html = readFileSync(join(built.out, 'index.html'), 'utf8');
      const csp = /http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toMatch(/https?:|\*/);
    });

    it('puts the Content-Security-Policy first in <head>, after the charset alone', () => {
      for (const file of htmlFiles(built.out)) {
        const head = parseHTML(readFileSync(file, 'utf8')).document.head;
        const before = [...head.children].slice(0, [...head.children].findIndex((el) => el.getAttribute('http-equiv') === 'content-security-policy'));
        expect(before.map((el) => el.outerHTML), relative(built.out, file)).toEqual(['<meta charset="utf-8">']);
      }
    });

    it('allows each inline script and style by its hash, and names no hash that matches nothing', () => {
      const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
      const everywhere = { script: new Set<string>(), style: new Set<string>() };
      for (const file of htmlFiles(built.out)) {
        const { document } = parseHTML(readFileSync(file, 'utf8'));
        const csp = document.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!;
        const listed = (directive: string) => (csp.split(';').map((d) => d.trim().split(/\s+/)).find((d) => d[0] === directive) ?? []).filter((s) => s.startsWith("'sha"));
        // A script runs when its type is empty, JavaScript or a module; JSON-LD and other data blocks do not.
        const scripts = [...document.querySelectorAll('script:not([src])')].filter((s) => /^(|module|(text|application)\/(java|ecma)script)$/i.test(s.getAttribute('type')?.trim() ?? ''));
        const page = { script: scripts.map((s) => hash(s.textContent ?? '')), style: [...document.querySelectorAll('style')].map((s) => hash(s.textContent ?? '')) };
        for (const kind of ['script', 'style'] as const) {
          expect([...new Set(listed(`${kind}-src`))].sort(), `${relative(built.out, file)} ${kind}`).toEqual([...new Set(page[kind])].sort());
          page[kind].forEach((h) => everywhere[kind].add(h));
        }
        expect(document.querySelectorAll('[onclick],[onload],[onerror],[onsubmit]').length, relative(built.out, file)).toBe(0);
      }
      const headers = readFileSync(join(built.out, '_headers'), 'utf8');
      for (const kind of ['script', 'style'] as const) {
        const header = new RegExp(`${kind}-src ([^;\n]*)`).exec(headers)?.[1]?.split(' ').filter((s) => s.startsWith("'sha")) ?? [];
        expect(header.sort(), `_headers ${kind}`).toEqual([...everywhere[kind]].sort());
      }
    });

    it('ships a _headers file: the policy, nosniff and no-referrer for every page, framed by none but the embed views', () => {
      const rules = parseHeadersFile(readFileSync(join(built.out, '_headers'), 'utf8'));
      const meta = /http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(join(built.out, 'about', 'index.html'), 'utf8'))![1]!;
      // The header holds every page's hashes, a page's <meta> its own: the rest is one policy.
      const unhashed = (policy: string) => policy.replace(/ 'sha256-[^']+'/g, '');
      let embeds = 0;
      for (const file of htmlFiles(built.out)) {
        const path = `/${relative(built.out, file).replace(/index\.html$/, '')}`;
        const headers = headersForPath(rules, path);
        expect(headers['X-Content-Type-Options'], path).toBe('nosniff');
        expect(headers['Referrer-Policy'], path).toBe('no-referrer');
        // One policy: two rules setting it would be joined by a comma, and both enforced.
        const framedBy = path.startsWith('/embed/') ? '*' : "'none'";
        expect(headers['Content-Security-Policy'], path).toMatch(new RegExp(`^[^,]*; frame-ancestors ${framedBy.replace(/\*/, '\\*')}$`));
        expect(unhashed(headers['Content-Security-Policy']!.replace(/; frame-ancestors \S+$/, '')), path).toBe(unhashed(meta));
        if (path.startsWith('/embed/')) embeds += 1;
      }
      expect(embeds, 'an embed view for every entry and round, and the timeline').toBe(exported.entries.length + roundIds.length + 1);
    });

    it('is valid HTML (html-validate)', async () => {
      const validator = new HtmlValidate({
        extends: ['html-validate:recommended'],
        // Checkbox groups share a name by design (track=…&track=…); the static timeline picture places
        // each round with an inline inset computed from its dates (allowed by the CSP's style-src-attr).
        rules: { 'form-dup-name': ['error', { shared: ['radio', 'checkbox'] }], 'no-inline-style': 'off' },
      });
      const problems: string[] = [];
      for (const file of htmlFiles(built.out)) {
        const report = await validator.validateString(readFileSync(file, 'utf8'), relative(built.out, file));
        for (const r of report.results) for (const m of r.messages) problems.push(`${r.filePath}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
      expect(problems).toEqual([]);
      // Every page is validated, the embed views too (one per entry and round): on a loaded machine
      // that takes longer than the 60 s a browser check gets.
    }, 240_000);

    it('has no broken internal link', () => {
      expect(brokenInternalLinks(built.out)).toEqual([]);
    });

    it('is indexed for search when it is marked so: Pagefind reads every folder that has such a page', () => {
      // Pagefind reads only SEARCHED_FOLDERS; a searchable page elsewhere would be missing from the index.
      const searchable = htmlFiles(built.out).filter((f) => readFileSync(f, 'utf8').includes('data-pagefind-body'));
      const folders = [...new Set(searchable.map((f) => relative(built.out, f).split('/')[0]!))].sort();
      expect(folders.length).toBeGreaterThan(0);
      expect(folders.filter((d) => !(SEARCHED_FOLDERS as readonly string[]).includes(d))).toEqual([]);
      // And the index holds every one of them: one fragment a page.
      expect(readdirSync(join(built.out, 'pagefind/fragment')).length).toBe(searchable.length);
    });
  });

  describe('the timeline on /', () => {
    it('shows a static picture of every round first, and loads the interactive timeline only when reached for', async () => {
      const page = await open('/');
      const scripts: string[] = [];
      page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
      await page.waitForLoadState('networkidle');
      expect(await page.locator('.preview .preview-round').count()).toBe(roundIds.length);
      expect(scripts.some((u) => /timeline\.[\w-]+\.js$/.test(u))).toBe(false);
      await showTimeline(page);
      expect(scripts.some((u) => /timeline\.[\w-]+\.js$/.test(u))).toBe(true);
      expect(await page.locator('.preview').count()).toBe(0);
      await page.close();
    });

    it('draws one range per round in the catalog, in lanes, right to left', async () => {
      const page = await open('/');
      await showTimeline(page);
      // The lanes scroll inside a box no taller than the screen, and vis-timeline draws only the lanes in
      // view: every round must be drawn once its lane is scrolled to, through the column of lane names.
      const drawn = await page.evaluate(async () => {
        const names = document.querySelector('.vis-labelset')!.closest('.vis-panel')!;
        const seen = new Set<string>();
        const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        for (let top = 0; ; top += names.clientHeight / 2) {
          names.scrollTop = top;
          await frame();
          await frame();
          for (const el of document.querySelectorAll<HTMLElement>('.vis-item.round [data-round]')) seen.add(el.dataset.round!);
          if (top >= names.scrollHeight) break;
        }
        return [...seen].sort();
      });
      expect(drawn).toEqual([...roundIds].sort());
      expect(await page.locator('.vis-timeline.vis-rtl').count()).toBe(1);
      const lanes = await page.locator('.vis-labelset .vis-label').allInnerTexts();
      expect(lanes.slice(0, 5)).toEqual(['أستانا', 'جنيف', 'سوتشي', 'اللجنة الدستورية', 'قمم واجتماعات']);
      await page.close();
    });

    it('opens on the span of the data, not on today', async () => {
      const page = await open('/');
      await showTimeline(page);
      const axis = (await page.locator('.vis-time-axis .vis-text').allInnerTexts()).join(' ');
      const first = roundIds.map((id) => readFileSync(join(built.content, 'rounds', `${id}.yaml`), 'utf8')).map((y) => /start: '?(\d{4})/.exec(y)?.[1]).sort()[0];
      expect(axis).toContain(first);
      await page.close();
    });

    it('labels the axis with Arabic month names once zoomed to a year', async () => {
      const page = await open('/');
      await showTimeline(page);
      await page.click('[data-zoom=year]');
      await expect.poll(async () => (await page.locator('.vis-time-axis .vis-text').allInnerTexts()).join(' ')).toMatch(ARABIC_MONTH);
      const axis = (await page.locator('.vis-time-axis .vis-text').allInnerTexts()).join(' ');
      expect(axis).not.toMatch(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)/);
      await page.close();
    });

    it('opens a round page when a round is clicked', async () => {
      const page = await open('/');
      await showTimeline(page);
      const item = page.locator('.vis-item.round').filter({ hasText: /\S/ }).first();
      await Promise.all([page.waitForURL(/\/rounds\/[a-z0-9-]+\/$/), item.click()]);
      expect(await page.locator('h1').innerText()).not.toBe('');
      await page.close();
    });

    it('focuses and selects the entry named in ?entry=, and shows its card', async () => {
      const entry = exported.entries[0];
      if (!entry) throw new Error('the content has no entries: the build produced nothing to check');
      const page = await open(`/?entry=${entry.id}`);
      await page.locator('.vis-item.vis-selected').first().waitFor({ timeout: 15_000 });
      await expect.poll(() => page.locator('#timeline-card h3').innerText()).toBe(entry.title);
      expect(await page.locator(`#timeline-card a[href="/articles/${entry.sources[0]!.article}/"]`).count()).toBe(1);
      expect(new URL(page.url()).searchParams.get('entry')).toBe(entry.id);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('timeline');
      await page.close();
    });

    it('at phone width (390 px) draws the entry named in ?entry= alone, selected, with its card', async () => {
      // Entries with a neighbour within two weeks are the ones a phone-width window would cluster.
      const day = (e: ExportEntry) => Date.parse(e.date.split('/')[0]!.padEnd(10, '-01').slice(0, 10));
      const crowded = exported.entries.filter((e) => exported.entries.some((o) => o !== e && Math.abs(day(o) - day(e)) <= 14 * 86_400_000));
      const checked = (crowded.length > 0 ? crowded : exported.entries).slice(0, 8);
      if (checked.length === 0) throw new Error('the content has no entries: the build produced nothing to check');
      const page = await context.newPage();
      await page.setViewportSize({ width: 390, height: 844 });
      for (const entry of checked) {
        await page.goto(`${server.url}/?entry=${entry.id}`);
        await page.locator('.vis-item.round').first().waitFor({ timeout: 15_000 });
        await expect.poll(() => page.locator('#timeline-card h3').innerText(), { message: entry.id }).toBe(entry.title);
        await expect.poll(() => page.locator('.vis-item.entry.vis-selected').count(), { message: entry.id }).toBeGreaterThan(0);
        expect(await page.locator('.vis-item.entry.vis-selected').first().isVisible(), entry.id).toBe(true);
      }
      await page.close();
    });

    it('says in Arabic, as a status, that the entry named in ?entry= does not exist', async () => {
      const page = await open('/?entry=no-such-entry-0000');
      await showTimeline(page);
      const status = page.locator('#timeline-status[role=status]');
      await expect.poll(() => status.innerText()).toMatch(/لم يُعثر على الحدث/);
      expect(await page.locator('.vis-item.vis-selected').count()).toBe(0);
      await page.close();
    });

    it('keeps the keyboard on the timeline after a mouse click inside it', async () => {
      const entry = exported.entries[0];
      if (!entry) throw new Error('the content has no entries: the build produced nothing to check');
      // Opened on an entry (so it is drawn), no zoom animation, and focus elsewhere, as after a zoom button.
      const page = await context.newPage();
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`${server.url}/?entry=${entry.id}`);
      await page.locator('.vis-item.entry.vis-selected').first().waitFor({ timeout: 15_000 });
      // vis-timeline covers its items with a blank "loading" layer until its first range change is done.
      await page.locator('.vis-loading-screen').waitFor({ state: 'detached' });
      await page.locator('[data-zoom=round]').focus();
      await page.locator('.vis-item.entry.vis-selected').first().click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('timeline');
      const before = await page.locator('#timeline-card').innerText();
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => page.locator('#timeline-card').innerText()).not.toBe(before);
      await page.close();
    });

    it('moves between items with the keyboard, puts the entry in the URL and opens it with Enter', async () => {
      const page = await open('/');
      await showTimeline(page);
      await page.focus('#timeline');
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => page.locator('#timeline-card').innerText()).not.toBe('');
      const before = page.url();
      await Promise.all([page.waitForURL((u) => u.href !== before && /\/(rounds|entries)\//.test(u.pathname)), page.keyboard.press('Enter')]);
      await page.close();
    });

    it('filters by track and reflects the filter in the URL', async () => {
      const page = await open('/');
      await showTimeline(page);
      const astana = await page.locator('.vis-item.round.track-astana').count();
      expect(astana).toBeGreaterThan(0);
      await page.click('.filters summary');
      await page.locator('input[name=track][value=astana]').uncheck();
      await expect.poll(() => page.locator('.vis-item.round.track-astana').count()).toBe(0);
      expect(new URL(page.url()).searchParams.get('track')?.split(',')).not.toContain('astana');
      const reload = await open(new URL(page.url()).pathname + new URL(page.url()).search);
      await showTimeline(reload);
      expect(await reload.locator('.vis-item.round.track-astana').count()).toBe(0);
      expect(await reload.locator('input[name=track][value=astana]').isChecked()).toBe(false);
      await reload.close();
      await page.close();
    });

    it('keys every kind with its own colour and shape, plus the uncertain interval and the cluster bubble', async () => {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await open('/');
        await page.emulateMedia({ colorScheme: scheme });
        const swatches = await page.locator('.legend .swatch-point').evaluateAll((els) => els.map((el) => {
          const cs = getComputedStyle(el);
          return { colour: cs.backgroundColor, shape: cs.clipPath };
        }));
        expect(swatches.length).toBe(10);
        expect(new Set(swatches.map((x) => x.colour)).size, scheme).toBe(swatches.length);
        expect(new Set(swatches.map((x) => x.shape)).size, scheme).toBe(swatches.length);
        expect(await page.locator('.legend .swatch-uncertain').count()).toBe(1);
        expect(await page.locator('.legend .swatch-cluster').count()).toBe(1);
        await page.close();
      }
    });

    it('draws a legible static picture at phone width: no round numbers overlap, no year is cut', async () => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${server.url}/`);
      const { numbers, years, box } = await page.evaluate(() => {
        const rect = (el: Element) => { const r = el.getBoundingClientRect(); return { l: r.left, r: r.right, t: r.top, b: r.bottom }; };
        const shown = (sel: string) => [...document.querySelectorAll(sel)].filter((el) => (el as HTMLElement).offsetParent !== null && el.getBoundingClientRect().width > 0).map(rect);
        return { numbers: shown('.preview-number'), years: shown('.preview-year'), box: rect(document.querySelector('.preview')!) };
      });
      const overlap = (a: typeof box, b: typeof box) => a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b;
      for (let i = 0; i < numbers.length; i++) for (let j = i + 1; j < numbers.length; j++) expect(overlap(numbers[i]!, numbers[j]!), `${i} ${j}`).toBe(false);
      for (const y of years) expect(y.l >= box.l && y.r <= box.r).toBe(true);
      expect(years.length).toBeGreaterThan(2);
      await page.close();
    });

    it('loads the timeline lazily: the first JavaScript on / stays under 30 KB gzip', async () => {
      const html = readFileSync(join(built.out, 'index.html'), 'utf8');
      const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
      const inline = [...html.matchAll(/<script(?![^>]*(?:src=|application\/(?:ld\+)?json))[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
      const { gzipSync } = await import('node:zlib');
      let gz = 0;
      for (const s of scripts) gz += gzipSync(readFileSync(join(built.out, s))).length;
      for (const s of inline) gz += gzipSync(s).length;
      expect(gz).toBeLessThan(30 * 1024);
      expect(html).not.toMatch(/vis-timeline/);
    });

    it('serves the chunk that holds vis-timeline with V8\'s hint to compile it all off the main thread', async () => {
      const page = await open('/');
      const chunks: Promise<string>[] = [];
      page.on('response', (r) => { if (/\/timeline\.[\w-]+\.js$/.test(r.url())) chunks.push(r.text()); });
      await showTimeline(page);
      const texts = await Promise.all(chunks);
      // The hint only counts on a script's first line; the minifier would have dropped it anywhere.
      expect(texts.filter((t) => t.includes('vis-itemset')).map((t) => t.split('\n')[0])).toEqual(['//# allFunctionsCalledOnLoad']);
      await page.close();
    });
  });

  describe('without JavaScript', () => {
    it('shows the chronological list instead of the timeline, and its links work', async () => {
      const nojs = await openChromium({ javaScriptEnabled: false });
      try {
        await watch(nojs.context, server.url);
        const page = await open('/', nojs.context);
        expect(await page.locator('#timeline-shell').isVisible()).toBe(false);
        expect(await page.locator('.chronology .round-line').count()).toBe(roundIds.length);
        expect(await page.locator('.chronology .entry-line').count()).toBe(exported.entries.length);
        const link = page.locator('.chronology .round-line a').first();
        const href = await link.getAttribute('href');
        await Promise.all([page.waitForURL(`${server.url}${href}`), link.click()]);
        expect(await page.locator('h1').innerText()).not.toBe('');
      } finally {
        await nojs.close();
      }
    });
  });

  describe('pages', () => {
    it('a round page shows its dates, city and, when so, that its date is unconfirmed', async () => {
      const yaml = (id: string) => readFileSync(join(built.content, 'rounds', `${id}.yaml`), 'utf8');
      const unconfirmed = roundIds.find((id) => /confirmed: false/.test(yaml(id)));
      const confirmed = roundIds.find((id) => /confirmed: true/.test(yaml(id)));
      for (const [id, expectBadge] of [[unconfirmed, true], [confirmed, false]] as const) {
        if (!id) continue;
        const page = await open(`/rounds/${id}/`);
        const text = await page.locator('main').innerText();
        expect(text).toMatch(ARABIC_MONTH);
        expect(text.includes('تاريخ غير مؤكد'), id).toBe(expectBadge);
        await page.close();
      }
    });

    it('a round page links the previous and next rounds of its track as two separate, labelled links', async () => {
      let checked = 0;
      for (const id of roundIds) {
        const page = await open(`/rounds/${id}/`);
        const links = page.locator('.pager a');
        if (await links.count() < 2) { await page.close(); continue; }
        const [prev, next] = [links.first(), links.nth(1)];
        expect(await prev.innerText()).toMatch(/^الجولة السابقة\s+\S/);
        expect(await next.innerText()).toMatch(/^الجولة التالية\s+\S/);
        const a = (await prev.boundingBox())!;
        const b = (await next.boundingBox())!;
        // Side by side with a gap, or one above the other: never touching.
        const apart = a.x >= b.x + b.width + 8 || b.x >= a.x + a.width + 8 || a.y >= b.y + b.height || b.y >= a.y + a.height;
        expect(apart, id).toBe(true);
        await page.close();
        if (++checked >= 2) break;
      }
      expect(checked, 'no round has both a previous and a next round').toBeGreaterThan(0);
    });

    it('an entry page has its dates (Gregorian and Hijri), sources, how it was dated, a citation, JSON-LD and Open Graph', async () => {
      for (const entry of exported.entries.slice(0, 3)) {
        const page = await open(new URL(entry.url).pathname);
        const main = await page.locator('main').innerText();
        expect(await page.locator('h1').innerText()).toBe(entry.title);
        expect(main).toContain('هـ');
        expect(main).toContain('كيف أُرّخ');
        // HTML collapses runs of white space; the quote is compared the same way.
        expect(main.replace(/\s+/g, ' ')).toContain(entry.sources[0]!.quote.replace(/\s+/g, ' ').trim());
        expect(await page.locator(`a[href="/articles/${entry.sources[0]!.article}/"]`).count()).toBeGreaterThan(0);
        expect(await page.locator('#citation').innerText()).toContain(entry.url);
        expect(await page.locator(`a[href="/?entry=${entry.id}#e-${entry.id}"]`).count()).toBe(1);
        const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
        expect(ld['@type']).toBe('Event');
        expect(ld.url).toBe(entry.url);
        expect(await page.getAttribute('meta[property="og:title"]', 'content')).toBe(entry.title);
        await page.close();
      }
    });

    it('an entry dated only within an interval says so plainly', async () => {
      const ranged = exported.entries.find((e) => e.dateCertainty === 'range' && e.date.includes('/'));
      if (!ranged) throw new Error('the content has no entry dated within an interval');
      const page = await open(new URL(ranged.url).pathname);
      expect(await page.locator('.entry-date').innerText()).toMatch(/^بين .+ و.+ \(اليوم الدقيق غير معروف\)/);
      await page.close();
    });

    it('an article page highlights the sentences that became entries, linked to them', async () => {
      const entry = exported.entries[0];
      if (!entry) throw new Error('the content has no entries: the build produced nothing to check');
      const page = await open(`/articles/${entry.sources[0]!.article}/`);
      const marks = page.locator(`mark a[href="/entries/${entry.id}/"]`);
      expect(await marks.count()).toBeGreaterThan(0);
      await page.close();
    });

    it('an article page shows its whole text only where the seed allows it, else only its quotes', async () => {
      const dir = join(built.content, 'articles');
      const articles = readdirSync(dir).map((f) => matter(readFileSync(join(dir, f), 'utf8')));
      const shut = articles.filter((a) => !a.data.republish && a.data.relevant !== false);
      if (shut.length === 0) throw new Error('every article allows republishing: nothing to check');
      let checked = 0;
      for (const a of shut) {
        const page = await open(`/articles/${a.data.id}/`);
        expect(await page.locator('.article-text').count(), a.data.id).toBe(0);
        // Every passage shown is a quote of one of its entries, linked to it.
        const shown = await page.locator('.article-quotes p').allTextContents();
        const quotes = new Set(exported.entries.flatMap((e) => e.sources.filter((s) => s.article === a.data.id).map((s) => s.quote)));
        for (const p of shown) expect(quotes.has(p), `${a.data.id}: ${p.slice(0, 40)}`).toBe(true);
        // No paragraph of the article that no entry quotes is on its page (its headline is, as the title).
        const text = await page.locator('article').innerText();
        const title = String(a.data.title).trim();
        const unquoted = a.content.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 40 && !title.includes(p) && ![...quotes].some((q) => p.includes(q)));
        for (const p of unquoted) expect(text.includes(p), `${a.data.id}: ${p.slice(0, 40)}`).toBe(false);
        checked += unquoted.length;
        await page.close();
      }
      expect(checked, 'no article has a paragraph its entries do not quote: nothing was checked').toBeGreaterThan(0);
      const open_ = articles.filter((a) => a.data.republish);
      if (kind === 'fixture' && open_.length === 0) throw new Error('the fixture must allow one article its whole text');
      for (const a of open_) {
        const page = await open(`/articles/${a.data.id}/`);
        expect(await page.locator('.article-text p').count(), a.data.id).toBeGreaterThan(1);
        await page.close();
      }
    });

    it("an article page lists the seed's links as its sources, each linking to its address", async () => {
      const dir = join(built.content, 'articles');
      const linked = readdirSync(dir).map((f) => matter(readFileSync(join(dir, f), 'utf8')).data).filter((d) => d.links?.some((l: string) => l !== d.url));
      if (kind === 'fixture' && linked.length === 0) throw new Error('the fixture must hold an article with links besides its address');
      for (const d of linked) {
        const page = await open(`/articles/${d.id}/`);
        const hrefs = await page.locator('.article-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        expect(hrefs, d.id).toEqual(d.links.filter((l: string) => l !== d.url));
        await page.close();
      }
    });

    it('an article page explains its date evidence in Arabic, never in English', async () => {
      const dir = join(built.content, 'articles');
      const withEvidence = readdirSync(dir).filter((f) => /\n\s+says: /.test(readFileSync(join(dir, f), 'utf8'))).map((f) => f.replace(/\.mdx$/, ''));
      if (withEvidence.length === 0) throw new Error('no article carries date evidence: nothing to check');
      for (const id of withEvidence) {
        const page = await open(`/articles/${id}/`);
        const says = await page.locator('details .evidence-says').allTextContents();
        expect(says.length, id).toBeGreaterThan(0);
        for (const s of says) {
          expect(s, id).toMatch(/\p{Script=Arabic}/u);
          expect(s, id).not.toMatch(/[A-Za-z]/);
          // Built by this engine, every piece of evidence carries its note: none gets the plain fallback.
          if (kind === 'seeds') expect(s, id).not.toBe(UNKNOWN_EVIDENCE_AR);
        }
        expect(await page.locator('details [lang=en]').count(), id).toBe(0);
        await page.close();
      }
    });

    /** A retired id the lock maps to a live entry, and that entry's id (none when the lock has none). */
    const retiredToLive = (): [string, string] | [] => {
      const lockFile = join(built.content, 'ids.lock.json');
      const redirects = existsSync(lockFile) ? (JSON.parse(readFileSync(lockFile, 'utf8')).redirects ?? {}) as Record<string, string> : {};
      return Object.entries(redirects).find(([, t]) => exported.entries.some((e) => e.id === t)) ?? [];
    };

    it('an id the lock file maps to a successor serves a redirect page to it', async (ctx) => {
      const [from, to] = retiredToLive();
      if (!from || !to) {
        if (kind === 'fixture') throw new Error('the fixture lock must map an id to a live successor');
        return ctx.skip('the seeds\' lock file maps no id to a live successor');
      }
      const html = readFileSync(join(built.out, 'entries', from, 'index.html'), 'utf8');
      expect(/<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]).toMatch(new RegExp(`/entries/${to}/$`));
      const page = await context.newPage();
      await page.goto(`${server.url}/entries/${from}/`);
      await page.waitForURL(`${server.url}/entries/${to}/`);
      await page.close();
    });

    it('/?entry=<retired id> follows the redirect map to the entry it became, and selects it', async (ctx) => {
      const [from, to] = retiredToLive();
      if (!from || !to) {
        if (kind === 'fixture') throw new Error('the fixture lock must map an id to a live successor');
        return ctx.skip('the seeds\' lock file maps no id to a live successor');
      }
      const page = await context.newPage();
      await page.goto(`${server.url}/?entry=${from}`);
      await page.waitForURL((url) => url.searchParams.get('entry') === to, { timeout: 15_000 });
      await page.locator('.vis-item.vis-selected').first().waitFor({ timeout: 15_000 });
      await expect.poll(() => page.locator('#timeline-card h3').innerText()).toBe(exported.entries.find((e) => e.id === to)!.title);
      await page.close();
    });

    it('a withdrawn article\'s URLs say so and why, quote nothing of it, and it is nowhere else', async (ctx) => {
      const lockFile = join(built.content, 'ids.lock.json');
      const withdrawn = (existsSync(lockFile) ? JSON.parse(readFileSync(lockFile, 'utf8')).withdrawn ?? {} : {}) as Record<string, { reason: string; entries: string[] }>;
      const [article, record] = Object.entries(withdrawn)[0] ?? [];
      if (!article || !record) {
        if (kind === 'fixture') throw new Error('the fixture lock must withdraw an article');
        return ctx.skip('the seeds withdraw no article');
      }
      expect(record.entries.length).toBeGreaterThan(0);
      for (const path of [`/articles/${article}/`, ...record.entries.map((id) => `/entries/${id}/`)]) {
        const page = await open(path);
        expect(await page.locator('h1').innerText(), path).toMatch(/^سُحب هذا (الحدث|المقال)$/);
        expect(await page.locator('.withdrawn-reason').innerText(), path).toContain(record.reason);
        expect(await page.locator('meta[name=robots]').getAttribute('content'), path).toBe('noindex');
        expect(await page.locator('[data-pagefind-body]').count(), path).toBe(0);
        await page.close();
      }
      // A redirect that led to one of its entries now leads to that entry's notice.
      const lock = JSON.parse(readFileSync(lockFile, 'utf8')) as { redirects: Record<string, string> };
      const into = Object.entries(lock.redirects).find(([, t]) => record.entries.includes(t));
      if (into) {
        const page = await context.newPage();
        await page.goto(`${server.url}/entries/${into[0]}/`);
        await page.waitForURL(`${server.url}/entries/${into[1]}/`, { timeout: 15_000 });
        expect(await page.locator('h1').innerText()).toBe('سُحب هذا الحدث');
        // And so does a timeline link to either id (/redirects.json).
        for (const id of into) {
          await page.goto(`${server.url}/?entry=${id}`);
          await page.waitForURL(`${server.url}/entries/${into[1]}/`, { timeout: 15_000 });
        }
        await page.close();
      }
      const ids = [article, ...record.entries];
      for (const file of ['entries.json', 'entries.csv', 'entries.ics', 'feed.xml', 'timeline.json', 'sitemap.xml']) {
        const text = readFileSync(join(built.out, file), 'utf8');
        for (const id of ids) expect(text.includes(id), `${file} names ${id}`).toBe(false);
      }
      for (const file of htmlFiles(built.out).filter((f) => !ids.some((id) => f.includes(`/${id}/`)))) {
        expect(readFileSync(file, 'utf8').includes(`/${article}/`), relative(built.out, file)).toBe(false);
      }
      const reasonWord = record.reason.split(/[^\p{L}]+/u).filter((w) => w.length >= 4).at(-1)!;
      const page = await open(`/search/?q=${encodeURIComponent(reasonWord)}`);
      await expect.poll(() => page.locator('#search-status').innerText(), { timeout: 15_000 }).toMatch(/نتيجة|لا نتائج/);
      const hrefs = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.filter((h) => ids.some((id) => h.includes(id)))).toEqual([]);
      await page.close();
    });

    it("an entry the editor corrected or merged says so beside what the build step made; a removed one keeps its URL and leaves every list", async (ctx) => {
      const dir = join(built.content, 'entries');
      const edited = readdirSync(dir).map((f) => matter(readFileSync(join(dir, f), 'utf8')).data as Entry).filter((e) => e.edited);
      if (edited.length === 0) {
        if (kind === 'fixture') throw new Error('the fixture must hold an edited entry and a removed one');
        return ctx.skip('content/edits.yaml corrects no seed entry');
      }
      const sitemap = readFileSync(join(built.out, 'sitemap.xml'), 'utf8');
      for (const e of edited) {
        const page = await open(`/entries/${e.id}/`);
        const note = page.locator('.edited-note');
        if (e.edited!.removed) {
          expect(await page.locator('h1').textContent()).toBe('حذف المحرر هذا الحدث');
          expect(await page.locator('meta[name=robots]').getAttribute('content')).toContain('noindex');
          expect(exported.entries.map((x) => x.id)).not.toContain(e.id);
          expect(sitemap).not.toContain(`/entries/${e.id}/`);
        } else {
          expect(await page.locator('h1').textContent()).toBe(e.title);
          expect(exported.entries.map((x) => x.id)).toContain(e.id);
          expect(await note.locator('strong').textContent()).toBe('عدّله المحرر');
          if (e.edited!.generated.title) expect(await note.textContent()).toContain(`«${e.edited!.generated.title}»`);
        }
        for (const m of e.edited!.merged ?? []) {
          // The merged entry is named with its reason beside the sources it brought, and its URL leads here.
          expect(await note.locator('.edited-merged').textContent()).toMatch(new RegExp(`^\\s*ضمّ إليه .*«${m.title}»[^«]*${m.reason ? `\\(السبب: ${m.reason}\\)` : ''}`, 's'));
          const moved = await open(`/entries/${m.id}/`);
          await moved.waitForURL(`${server.url}/entries/${e.id}/`, { timeout: 15_000 });
          await moved.close();
        }
        await expect.poll(() => note.isVisible()).toBe(true);
        if (e.edited!.reason) expect(await note.textContent()).toContain(`السبب: ${e.edited!.reason}`);
        expect(await axeViolations(page), e.id).toEqual([]);
        await page.close();
      }
      if (kind === 'fixture') expect(edited.map((e) => (e.edited!.removed ? 'removed' : e.edited!.merged ? 'merged' : 'corrected')).sort()).toEqual(['corrected', 'merged', 'removed']);
    });

    it('prints without the timeline and follows the dark colour scheme', async () => {
      const page = await open('/');
      const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(dark).not.toBe(light);
      await page.emulateMedia({ media: 'print', colorScheme: 'light' });
      expect(await page.locator('#timeline-shell').isVisible()).toBe(false);
      expect(await page.locator('.chronology').isVisible()).toBe(true);
      await page.close();
    });
  });

  describe('search (Pagefind, Arabic)', () => {
    const searchFor = async (q: string) => {
      const page = await open(`/search/?q=${encodeURIComponent(q)}`);
      await expect.poll(() => page.locator('#search-status').innerText(), { timeout: 15_000 }).toMatch(/نتيجة|لا نتائج/);
      const hrefs = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      await page.close();
      return hrefs;
    };
    const words = (s: string) => s.split(/[^\p{L}]+/u).filter(Boolean);

    it('finds a word through an attached و/ف+ال (the bare stem finds «والـ…»)', async () => {
      // A page whose only form of a word carries و/ف+ال: the bare stem must find it.
      const candidates = exported.entries.flatMap((e) => {
        const ws = words(`${e.title} ${e.sources.map((s) => s.quote).join(' ')}`);
        return ws.filter((w) => /^[وف]ال\p{L}{3,}$/u.test(w))
          .map((w) => w.slice(3))
          .filter((stem) => !ws.includes(stem) && !ws.includes(`ال${stem}`))
          .map((stem) => ({ e, stem }));
      });
      const target = candidates.find((c) => c.stem === 'دستور') ?? candidates[0];
      expect(target, 'no entry has a word with an attached و/ف+ال').toBeDefined();
      // With the rarest other word of its title beside it: a stem as common as «دستور» finds more pages
      // than the first 30 shown (the rounds' too), and the one looked for may be past them.
      const texts = exported.entries.map((e) => `${e.title} ${e.sources.map((x) => x.quote).join(' ')}`);
      const pages = (w: string) => texts.filter((t) => words(t).includes(w)).length;
      const other = words(target!.e.title).filter((w) => w.length >= 4 && !w.includes(target!.stem)).sort((a, b) => pages(a) - pages(b) || a.localeCompare(b))[0];
      const found = await searchFor(other ? `${target!.stem} ${other}` : target!.stem);
      expect(found.length, 'the search finds too many pages to tell').toBeLessThan(30);
      expect(found).toContain(new URL(target!.e.url).pathname);
    });

    it('says how many results there are when it shows only the first 30', async () => {
      const page = await open(`/search/?q=${encodeURIComponent('أستانا')}`);
      await expect.poll(() => page.locator('#search-status').innerText(), { timeout: 15_000 }).toMatch(/نتيجة|لا نتائج/);
      const shown = await page.locator('#search-results li').count();
      expect(shown, 'the catalog alone has more than 30 pages about Astana').toBe(30);
      const m = /^عرض 30 من (\d+) نتيجة/.exec(await page.locator('#search-status').innerText());
      expect(Number(m?.[1])).toBeGreaterThan(30);
      await page.close();
    });

    it('finds «آستانة/أستانة» for «استانا»', async () => {
      const target = exported.entries.find((e) => {
        const text = `${e.title} ${e.sources.map((s) => s.quote).join(' ')}`;
        return /[آأا]ستانة/.test(text) && !/ستانا/.test(text);
      });
      expect(target, 'no entry spells أستانة with a final ة').toBeDefined();
      // Astana alone names more than the 30 results shown (rounds, summits): with the longest other
      // word of the entry's title beside it, the entry must come back through «استانا» alone.
      const other = words(target!.title).filter((w) => !/ستان/u.test(w)).sort((a, b) => b.length - a.length || a.localeCompare(b))[0]!;
      expect(await searchFor(`استانا ${other}`)).toContain(new URL(target!.url).pathname);
    });

    it('finds an entry by the month in either system («كانون الأول 2017» and «ديسمبر 2017»)', async () => {
      const entry = exported.entries.find((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date))!;
      const d = new Date(`${entry.date}T00:00:00Z`);
      const month = (locale: string) => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
      const [levant, egypt] = [month('ar-SY-u-nu-latn'), month('ar-EG-u-nu-latn')];
      expect(levant).not.toBe(egypt);
      // Entries compared: a round's or an article's page may print one of the forms in passing.
      const entries = (hrefs: (string | null)[]) => hrefs.filter((h) => h?.startsWith('/entries/')).sort();
      const [a, b] = [entries(await searchFor(levant)), entries(await searchFor(egypt))];
      expect(a).toContain(new URL(entry.url).pathname);
      expect(b).toEqual(a);
    });

    it('finds a round\'s entries by its short name with a digit («أستانا 8»)', async () => {
      const entry = exported.entries.find((e) => e.round && /\d/.test(readFileSync(join(built.content, 'rounds', `${e.round}.yaml`), 'utf8')));
      if (!entry) throw new Error('no entry belongs to a numbered round');
      const aliases = readFileSync(join(built.content, 'rounds', `${entry.round}.yaml`), 'utf8').split('\n').filter((l) => /^- .*\d/.test(l)).map((l) => l.slice(2).trim());
      expect(await searchFor(aliases[0]!)).toContain(new URL(entry.url).pathname);
    });

    // A reader's spelling and the standard one must find the same pages (sets compared, not counts).
    it.each([
      ['مسئول', 'مسؤول'],
      ['المسئول', 'المسؤول'],
      ['هيأة', 'هيئة'],
      ['لموسكو', 'موسكو'],
      ['لدمشق', 'دمشق'],
      ['دى ميستورا', 'دي ميستورا'],
      ['دي مستورا', 'دي ميستورا'],
      ['لافرنتييف', 'لافرينتيف'],
      ['لافرنتييف', 'ألكسندر لافرنتييف'],
    ])('«%s» finds what «%s» finds', async (variant, standard) => {
      const [a, b] = [await searchFor(variant), await searchFor(standard)];
      if (kind === 'seeds') expect(b.length, `«${standard}» finds nothing in the seeds`).toBeGreaterThan(0);
      expect([...new Set(a)].sort()).toEqual([...new Set(b)].sort());
    });

    it('a word that starts like a particle keeps its first letter («لبنان» finds the Lebanon page)', async () => {
      for (const [q, actor] of [['لبنان', 'lebanon'], ['بشار', 'bashar-al-assad'], ['فيينا', 'vienna'], ['كازاخستان', 'kazakhstan'], ['لافروف', 'sergey-lavrov']] as const) {
        if (!existsSync(join(built.content, 'actors', `${actor}.yaml`))) continue;
        expect(await searchFor(q), q).toContain(`/actors/${actor}/`);
      }
    });

    it('every entry of an actor is found by each spelling of its name', async () => {
      const file = (id: string) => join(built.content, 'entries', `${id}.mdx`);
      const entries = exported.entries.filter((e) => existsSync(file(e.id)) && /^\s+- staffan-de-mistura$/m.test(readFileSync(file(e.id), 'utf8')));
      if (kind === 'seeds') expect(entries.length).toBeGreaterThan(0);
      for (const q of ['دي مستورا', 'ديميستورا', 'دى ميستورا']) {
        const found = await searchFor(q);
        for (const e of entries) expect(found, q).toContain(new URL(e.url).pathname);
      }
    });
  });

  describe('quality bars', () => {
    it('axe-core finds no violation on /, an entry, a round and search', async () => {
      const paths = ['/', `/rounds/${roundIds[0]}/`, '/search/?q=أستانا', ...exported.entries.slice(0, 1).map((e) => new URL(e.url).pathname)];
      for (const path of paths) {
        const page = await open(path);
        if (path === '/') await showTimeline(page);
        expect(await axeViolations(page), path).toEqual([]);
        await page.close();
      }
    });

    it('exports JSON, CSV, iCalendar, Atom and a sitemap with every entry', () => {
      const n = exported.entries.length;
      const csv = readFileSync(join(built.out, 'entries.csv'), 'utf8');
      expect(csv.startsWith('\uFEFFid,date,')).toBe(true);
      const ics = readFileSync(join(built.out, 'entries.ics'), 'utf8');
      expect(ics.match(/^BEGIN:VEVENT/gm)?.length).toBe(n + roundIds.length);
      expect(ics.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
      // Each DTSTAMP is a day of the content, never the clock: none later than the newest article
      // (tests/e2e/exports.test.ts checks that adding an article moves none of them).
      const newest = readdirSync(join(built.content, 'articles')).map((f) => readFileSync(join(built.content, 'articles', f), 'utf8'))
        .map((t) => dateSpan(/^published: '?([^'\n]+)'?$/m.exec(t)?.[1] ?? '')?.end ?? '').sort().at(-1)!;
      expect(ics.match(/^DTSTAMP:\d{8}T000000Z$/gm)?.length).toBe(n + roundIds.length);
      const entryStamps = [...ics.matchAll(/^UID:entry-[^\r]*\r\nDTSTAMP:(\d{8})/gm)].map((m) => m[1]!);
      expect(entryStamps.length).toBe(n);
      for (const s of entryStamps) expect(s <= newest.replaceAll('-', ''), s).toBe(true);
      const feed = readFileSync(join(built.out, 'feed.xml'), 'utf8');
      expect(feed.match(/<entry>/g)?.length ?? 0).toBe(Math.min(n, 50));
      const sitemap = readFileSync(join(built.out, 'sitemap.xml'), 'utf8');
      for (const e of exported.entries) expect(sitemap).toContain(e.url);
    });

    it('no request left the origin and no page logged an error', () => {
      expect(foreignRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });
  });
}
