// What a teacher and a reader without JavaScript need from the built site (issue 12): the context bands
// (envoys, hosts, the Constitutional Committee) on the timeline and in the list, a citation with the
// content's version and the reader's access day, an entry that prints on one A4 sheet, a link from an
// entry to the timeline that also works without JavaScript, and a 404 page that claims no address.
// One build of the seeds, in Chromium at 1280×900 (the bands' labels also as a phone at 390×844).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { buildSite, type Built } from './build-site.ts';
import { serve, type StaticServer } from './serve.ts';
import { openChromium, type OpenContext } from './browser.ts';
import { openPath, watchContext } from './page-watch.ts';
import type { TimelineData } from '../../src/lib/timeline-data.ts';
import { builtTimelineData } from './site-files.ts';
import { formatArabicDate } from '../../src/lib/format-arabic-date.ts';

let built: Built;
let server: StaticServer;
let desktop: OpenContext;
let nojs: OpenContext;
let phone: OpenContext;
let data: TimelineData;
let entries: { id: string; title: string; url: string }[];
const foreign: string[] = [];
const errors: string[] = [];

const watch = (ctx: BrowserContext) => watchContext(ctx, server.url, { foreign, errors });
const open = (ctx: BrowserContext, path: string): Promise<Page> => openPath(ctx, server.url, path);

/** Whether `selector`'s box overlaps the viewport. */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  });
}

beforeAll(async () => {
  built = buildSite('seeds');
  server = await serve(built.out);
  data = builtTimelineData(built.out);
  entries = (JSON.parse(readFileSync(join(built.out, 'entries.json'), 'utf8')) as { entries: typeof entries }).entries;
  desktop = await openChromium({ viewport: { width: 1280, height: 900 } });
  nojs = await openChromium({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
  await watch(desktop.context);
  await watch(nojs.context);
  phone = await openChromium({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  await watch(phone.context);
});

afterAll(async () => {
  await desktop?.close();
  await nojs?.close();
  await phone?.close();
  await server?.close();
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});

describe('context bands', () => {
  it('the timeline draws the envoys across every lane, the hosts in the Astana lane and the committee in its own', async () => {
    const page = await open(desktop.context, '/');
    await page.locator('#timeline').hover();
    await page.locator('.vis-item.round').first().waitFor({ timeout: 15_000 });
    const envoys = page.locator('.vis-item.vis-background.band-envoy');
    await envoys.first().waitFor();
    expect(await envoys.allInnerTexts()).toEqual(['أنان', 'الإبراهيمي', 'دي ميستورا', 'بيدرسن']);
    // An envoy's term is one band over all lanes: its box is about as tall as the lanes together.
    const lanes = (await page.locator('.vis-panel.vis-center').boundingBox())!;
    const brahimi = (await envoys.filter({ hasText: 'الإبراهيمي' }).boundingBox())!;
    expect(brahimi.height).toBeGreaterThan(lanes.height * 0.9);
    // Brahimi's term (2012-09 → 2014-05) lies before de Mistura's: right of it, the axis running right to left.
    const deMistura = (await envoys.filter({ hasText: 'دي ميستورا' }).boundingBox())!;
    expect(brahimi.x).toBeGreaterThan(deMistura.x + deMistura.width - 2);

    // The hosts tint the Astana lane alone, one band per period, Sochi among them.
    const astanaLane = (await page.locator('.vis-foreground .vis-group').nth(0).boundingBox())!;
    const hosts = page.locator('.vis-item.vis-background.band-host');
    expect(await hosts.count()).toBe(data.bands.filter((b) => b.kind === 'host').length);
    // Named in the band whether or not the label fits at this zoom (fit-band-labels.ts hides a cut one).
    expect(await hosts.evaluateAll((els) => els.map((e) => e.textContent))).toContain('سوتشي');
    const firstHost = (await hosts.first().boundingBox())!;
    expect(Math.abs(firstHost.y - astanaLane.y)).toBeLessThan(2);
    expect(Math.abs(firstHost.height - astanaLane.height)).toBeLessThan(2);
    expect(await page.locator('.vis-item.vis-background.band-committee').count()).toBe(1);

    // Bands are the frame, not items: the arrows skip them.
    await page.locator('#timeline').focus();
    await page.keyboard.press('Home');
    expect(await page.locator('.vis-item.vis-selected').count()).toBe(1);
    expect(await page.locator('.vis-item.vis-selected.vis-background').count()).toBe(0);
    await page.close();
  });

  it('without JavaScript, the list under the timeline gives every band with its dates and sources', async () => {
    const page = await open(nojs.context, '/');
    expect(await page.locator('#context-heading').isVisible()).toBe(true);
    for (const band of data.bands) {
      const dd = page.locator(`dd[data-band="${band.id}"]`);
      expect(await dd.innerText()).toContain(band.date);
      // Curated periods link their sources; a host period links its rounds' pages, which list theirs.
      const links = await dd.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(links.length, band.id).toBeGreaterThan(0);
      if (band.kind === 'host') expect(links.every((h) => h.startsWith('/rounds/'))).toBe(true);
      else expect(links.every((h) => /^https?:\/\//.test(h))).toBe(true);
    }
    expect(await page.locator('dd[data-band="envoy-pedersen"]').innerText()).toContain('منذ 7 كانون الثاني 2019');
    await page.close();
  });
});

/** Each band label the timeline draws, and whether it is whole, inside its band and the lanes, and on nothing else. */
function bandLabels(page: Page) {
  return page.evaluate(() => {
    const panel = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    const meets = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const others = [...document.querySelectorAll('.vis-item:not(.vis-background)')].flatMap((item) =>
      [item, ...item.querySelectorAll('.vis-item-content')].filter(shown).map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0));
    const labels = [...document.querySelectorAll<HTMLElement>('.vis-item.vis-background.band .vis-item-content')].filter(shown);
    return labels.map((label, i) => {
      const r = label.getBoundingClientRect();
      const band = label.closest('.vis-item')!.getBoundingClientRect();
      return {
        text: label.textContent ?? '',
        whole: label.scrollWidth <= label.clientWidth + 1 && r.left >= band.left - 1 && r.right <= band.right + 1 && r.left >= panel.left - 1 && r.right <= panel.right + 1,
        meets: others.some((o) => meets(o, r)) || labels.some((l, j) => j !== i && meets(l.getBoundingClientRect(), r)),
      };
    });
  });
}

describe('the bands\' labels', () => {
  for (const [name, get] of [['1280×900', () => desktop], ['390×844', () => phone]] as const) {
    it(`at ${name}, on the whole span and on a year, are drawn whole or not at all, on no round, entry or other label`, async () => {
      const page = await open(get().context, '/');
      await page.locator('#timeline-explore').click();
      await page.locator('.vis-item.round').first().waitFor({ timeout: 15_000 });
      await page.locator('.vis-loading-screen').waitFor({ state: 'detached' });
      for (const zoom of ['all', 'year']) {
        await page.locator(`[data-zoom=${zoom}]`).click();
        await page.waitForTimeout(500);
        const labels = await bandLabels(page);
        expect(labels.filter((l) => !l.whole || l.meets), zoom).toEqual([]);
        // Some still say whose term it is: at least two envoys' names, even on a phone.
        expect(labels.filter((l) => ['أنان', 'الإبراهيمي', 'دي ميستورا', 'بيدرسن'].includes(l.text)).length, zoom).toBeGreaterThanOrEqual(2);
      }
      await page.close();
    });
  }
});

describe('citations and printing', () => {
  it('the citation names the content version and, once the page has loaded, today as the access day', async () => {
    const versions = new Set<string>();
    for (const entry of entries.slice(0, 3)) {
      const page = await open(desktop.context, new URL(entry.url).pathname);
      const citation = await page.locator('#citation').innerText();
      const version = /نسخة (\d{1,2} \S+(?: \S+)? \d{4}) \(([0-9a-f]{8})\)/.exec(citation);
      expect(version, citation).not.toBeNull();
      versions.add(version![2]!);
      const now = new Date();
      const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
      expect(citation).toContain(`اطُّلع عليه في ${formatArabicDate(today)}.`);
      expect(await page.locator('time[data-access-day]').getAttribute('datetime')).toBe(today);
      expect(citation.trim().endsWith(entry.url)).toBe(true);
      // The same version is written in the page as built, the same bytes for every reader.
      const html = readFileSync(join(built.out, new URL(entry.url).pathname, 'index.html'), 'utf8');
      expect(html).toContain(`(${version![2]})`);
      await page.close();
    }
    expect(versions.size).toBe(Math.min(3, entries.length));
  });

  it('without JavaScript the access day is a placeholder for the reader to fill in', async () => {
    const page = await open(nojs.context, new URL(entries[0]!.url).pathname);
    expect(await page.locator('#citation').innerText()).toContain('اطُّلع عليه في [تاريخ اطلاعك].');
    await page.close();
  });

  it('every entry prints on one A4 sheet', async () => {
    const pages: Record<string, number> = {};
    for (const entry of entries) {
      const page = await open(desktop.context, new URL(entry.url).pathname);
      const pdf = await page.pdf({ format: 'A4' });
      // Each page object of the PDF is a "/Type /Page" dictionary (the tree's root is "/Type /Pages").
      pages[entry.id] = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
      await page.close();
    }
    expect(Object.entries(pages).filter(([, n]) => n !== 1)).toEqual([]);
  });
});

describe('links and pages', () => {
  it('without JavaScript, "open in the timeline" on an entry page lands on its line in the list', async () => {
    const page = await open(nojs.context, '/');
    // The entry listed last is far below the fold, so landing on it is not an accident of the layout.
    const ids = await page.locator('.chrono-list li.entry-line').evaluateAll((lis) => lis.map((li) => li.id.slice(2)));
    const id = ids.at(-1)!;
    expect(entries.some((e) => e.id === id)).toBe(true);
    await page.goto(`${server.url}/entries/${id}/`);
    await page.locator('a', { hasText: 'افتح في الخط الزمني' }).click();
    await page.waitForURL(/\/\?entry=/);
    expect(await inView(page, `#e-${id}`)).toBe(true);
    expect(await page.locator(`#e-${id} a`).getAttribute('href')).toBe(`/entries/${id}/`);
    await page.close();
  });

  it('with JavaScript, the same link opens the timeline on the entry; the address it writes names the entry\'s line', async () => {
    const page = await open(nojs.context, '/');
    const id = (await page.locator('.chrono-list li.entry-line').last().getAttribute('id'))!.slice(2);
    await page.close();
    const js = await open(desktop.context, `/?entry=${id}#e-${id}`);
    await js.locator('.vis-item.vis-selected').waitFor({ timeout: 15_000 });
    expect(await inView(js, '#timeline')).toBe(true);
    expect(await js.evaluate(() => window.scrollY)).toBeLessThan(600);
    expect(new URL(js.url()).hash).toBe(`#e-${id}`);
    // Another entry chosen with the arrows: the address names it, and its line for readers without JavaScript.
    let other: string | null = id;
    for (let i = 0; i < 40 && (other === id || other === null); i++) {
      await js.keyboard.press('ArrowRight');
      other = new URL(js.url()).searchParams.get('entry');
    }
    expect(other).not.toBe(id);
    expect(other).not.toBeNull();
    expect(new URL(js.url()).hash).toBe(`#e-${other}`);
    await js.close();
  });

  it('a bare or unknown ?entry= breaks nothing: with JavaScript the timeline opens, saying only that an unknown one was not found', async () => {
    const notFound = 'لم يُعثر على الحدث المطلوب في الرابط';
    for (const ctx of [desktop, phone]) {
      for (const [path, says] of [['/?entry=#e-', false], ['/?entry=%3Cb%3E#e-zzz', true]] as const) {
        const page = await open(ctx.context, path);
        await page.locator('.vis-item.round').first().waitFor({ timeout: 15_000 });
        const status = page.locator('#timeline-status');
        if (says) await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain(notFound);
        else expect(await status.textContent()).toBe('');
        expect(await page.locator('.vis-item.vis-selected').count(), path).toBe(0);
        expect(new URL(page.url()).pathname).toBe('/');
        await page.close();
      }
    }
  });

  it('without JavaScript, a bare or unknown ?entry= is the page as usual, from its top', async () => {
    for (const path of ['/?entry=', '/?entry=#e-', '/?entry=zzz#e-zzz']) {
      const page = await open(nojs.context, path);
      expect(await page.evaluate(() => window.scrollY), path).toBe(0);
      expect(await page.locator('.chrono-list li.entry-line').count()).toBe(entries.length);
      await page.close();
    }
  });

  it('the 404 page names no canonical address of its own', () => {
    const html = readFileSync(join(built.out, '404.html'), 'utf8');
    expect(html).not.toMatch(/rel="canonical"/);
    expect(html).not.toMatch(/property="og:url"/);
    expect(html).not.toContain('/404/');
  });
});
