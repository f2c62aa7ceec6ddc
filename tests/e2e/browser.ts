// Chromium (found by tests/setup/find-browser.ts) through playwright-core, one persistent context per call with a fresh profile
// folder in the temp dir, removed on close (Playwright refuses --user-data-dir in args).
import { chromium, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserOrHint } from '../setup/find-browser.ts';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface OpenContext { context: BrowserContext; close(): Promise<void> }

/** The browser's path; with none, an error whose message is the one line saying what to run. */
export function chromiumPath(): string {
  const found = browserOrHint();
  if ('line' in found) throw new Error(found.line);
  return found.path;
}

export async function openChromium(options: BrowserContextOptions = {}): Promise<OpenContext> {
  const executablePath = chromiumPath();
  const profile = mkdtempSync(join(tmpdir(), 'masar-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: CHROMIUM_ARGS,
    headless: true,
    ...options,
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
