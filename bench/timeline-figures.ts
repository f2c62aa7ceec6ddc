// The timeline's figures in Chromium with the CPU 4× slower (as Lighthouse's mobile run), for any page
// whose `#timeline-shell` holds `#timeline` and a `[data-zoom=year]` button and is marked as the site's
// island marks it: `data-first-draw` (ms after navigation) and `data-redraws` (vis-timeline's `changed`
// events). The site's `/` and the bare vis-timeline page (bare-vis-page.ts) are read the same way.
import type { BrowserContext } from 'playwright-core';

export interface TimelineFigures {
  /** When the pointer entered the timeline, and its first drawing after that (ms after navigation). */
  reachedAt: number; firstDraw: number;
  /** `.vis-item` elements in the DOM once drawn. */
  items: number;
  /** The island's performance marks `masar:*` (ms after navigation); none on the bare page. */
  marks: Record<string, number>;
  /** Click on «سنة» to the last redraw of the zoom, and the longest frame in between. */
  zoomMs: number; longestFrameMs: number;
  loadMs: number; lcpMs: number;
  /** Script bytes the page had fetched before the reach. */
  scriptBytes: number;
}

/** One page load: reach for the timeline, wait for its drawing, zoom to a year. */
export async function timelineFigures(context: BrowserContext, url: string, reducedMotion: boolean): Promise<TimelineFigures> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.emulateMedia({ reducedMotion: reducedMotion ? 'reduce' : 'no-preference' });
    await page.addInitScript(() => {
      (window as unknown as { __lcp: number }).__lcp = 0;
      new PerformanceObserver((l) => { for (const e of l.getEntries()) (window as unknown as { __lcp: number }).__lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    const t0 = Date.now();
    await page.goto(url, { waitUntil: 'load' });
    const loadMs = Date.now() - t0;
    const lcpMs = await page.evaluate(() => (window as unknown as { __lcp: number }).__lcp);
    const scriptBytes = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => (r as PerformanceResourceTiming).initiatorType === 'script').reduce((s, r) => s + (r as PerformanceResourceTiming).transferSize, 0));
    const reachedAt = await page.evaluate(() => performance.now());
    await page.locator('#timeline').hover();
    await page.waitForSelector('#timeline-shell[data-first-draw]', { timeout: 120_000 });
    const firstDraw = Number(await page.getAttribute('#timeline-shell', 'data-first-draw'));
    const items = await page.locator('.vis-item').count();
    const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('masar:')).map((m) => [m.name.slice(6), Math.round(m.startTime)])));
    // Whatever the first drawing left for later (labels fitted, a refresh) is done before the zoom.
    await page.waitForTimeout(1500);
    const zoom = await page.evaluate(async () => {
      const shell = document.getElementById('timeline-shell')!;
      let longest = 0;
      let last = performance.now();
      let running = true;
      const frame = () => { const now = performance.now(); longest = Math.max(longest, now - last); last = now; if (running) requestAnimationFrame(frame); };
      let lastDraw = 0;
      const drawn = new MutationObserver(() => { lastDraw = performance.now(); });
      drawn.observe(shell, { attributes: true, attributeFilter: ['data-redraws'] });
      requestAnimationFrame(frame);
      const t = performance.now();
      (document.querySelector('[data-zoom=year]') as HTMLButtonElement).click();
      // Settled: a redraw happened and none for 600 ms (longer than the animation and the refresh's wait).
      await new Promise<void>((r) => { const check = () => (lastDraw > 0 && performance.now() - lastDraw > 600 ? r() : setTimeout(check, 20)); check(); });
      running = false;
      drawn.disconnect();
      return { zoomMs: lastDraw - t, longestFrameMs: longest };
    });
    return { reachedAt, firstDraw, items, marks, loadMs, lcpMs, scriptBytes, ...zoom };
  } finally {
    await page.close();
  }
}

/** The median of each figure over `runs` page loads, and each run's. */
export async function medianFigures(context: BrowserContext, url: string, reducedMotion: boolean, runs: number): Promise<{ median: TimelineFigures; all: TimelineFigures[] }> {
  const all: TimelineFigures[] = [];
  for (let i = 0; i < runs; i++) all.push(await timelineFigures(context, url, reducedMotion));
  const mid = (f: (x: TimelineFigures) => number) => all.map(f).sort((a, b) => a - b)[Math.floor(all.length / 2)]!;
  const byDraw = [...all].sort((a, b) => (a.firstDraw - a.reachedAt) - (b.firstDraw - b.reachedAt))[Math.floor(all.length / 2)]!;
  return {
    all,
    median: {
      ...byDraw,
      zoomMs: mid((x) => x.zoomMs), longestFrameMs: mid((x) => x.longestFrameMs), loadMs: mid((x) => x.loadMs), lcpMs: mid((x) => x.lcpMs),
    },
  };
}
