// What every page of a browser test is held to: no request leaves the site (those are aborted and
// recorded) and no script error goes unseen; and a page opened at a path, with reduced motion, must be there.
import { expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';

export interface Seen { foreign: string[]; errors: string[] }

/** Records in `seen` every request `ctx` makes outside `origin` (aborted) and every page error. */
export async function watchContext(ctx: BrowserContext, origin: string, seen: Seen): Promise<void> {
  await ctx.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:')) return route.continue();
    seen.foreign.push(url);
    return route.abort();
  });
  ctx.on('page', (page) => page.on('pageerror', (e) => seen.errors.push(`${page.url()}: ${e.message}`)));
}

/** A new page at `origin + path`, animations off, which must answer 200. */
export async function openPath(ctx: BrowserContext, origin: string, path: string): Promise<Page> {
  const page = await ctx.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect((await page.goto(`${origin}${path}`))?.status()).toBe(200);
  return page;
}
