// The browser finder on a made-up machine: real files in a temp folder, a PATH and an env of our own.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browserOrHint, findBrowser } from './find-browser.ts';

let root: string;

function file(path: string, executable = true): string {
  const full = join(root, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, '#!/bin/sh\n');
  chmodSync(full, executable ? 0o755 : 0o644);
  return full;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'masar-find-browser-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('findBrowser', () => {
  it('takes CHROMIUM_PATH first, before any browser on PATH', () => {
    const mine = file('opt/my-chrome');
    file('bin/chromium');
    expect(findBrowser({ CHROMIUM_PATH: mine, PATH: join(root, 'bin') })).toEqual({ path: mine, from: 'CHROMIUM_PATH' });
  });

  it('names a CHROMIUM_PATH that is not there instead of quietly using another browser', () => {
    file('bin/chromium');
    const found = findBrowser({ CHROMIUM_PATH: join(root, 'nope'), PATH: join(root, 'bin') });
    expect(found).toEqual({ path: null, problem: `CHROMIUM_PATH=${join(root, 'nope')} is not an executable file` });
  });

  it('searches PATH in order, for chromium before chromium-browser before google-chrome, skipping files that do not run', () => {
    file('a/chromium', false);
    const browser = file('b/chromium-browser');
    file('a/google-chrome');
    const env = { PATH: [join(root, 'a'), join(root, 'b')].join(':'), HOME: root };
    expect(findBrowser(env)).toEqual({ path: browser, from: 'PATH (chromium-browser)' });
  });

  it("falls back to the newest Chromium in Playwright's cache", () => {
    file('pw/chromium-1100/chrome-linux/chrome');
    const newest = file('pw/chromium-1200/chrome-linux64/chrome');
    file('pw/firefox-1300/firefox/firefox');
    expect(findBrowser({ PATH: join(root, 'empty'), PLAYWRIGHT_BROWSERS_PATH: join(root, 'pw') })).toEqual({ path: newest, from: "Playwright's cache" });
  });

  it("looks in ~/.cache/ms-playwright when PLAYWRIGHT_BROWSERS_PATH is unset", () => {
    const chrome = file('home/.cache/ms-playwright/chromium-1200/chrome-linux/chrome');
    expect(findBrowser({ PATH: '', HOME: join(root, 'home') })).toMatchObject({ path: chrome });
  });
});

describe('browserOrHint with no browser anywhere', () => {
  const bare = () => ({ PATH: join(root, 'bin'), HOME: root });

  it('tells root on a Debian machine to install the package', () => {
    file('bin/apt-get');
    const r = browserOrHint(bare(), true);
    expect(r).toEqual({ line: expect.stringContaining('run `apt-get install -y chromium`') });
    expect('line' in r && r.line.includes('\n')).toBe(false);
  });

  it('tells another user on a Debian machine to use sudo', () => {
    file('bin/apt-get');
    expect(browserOrHint(bare(), false)).toEqual({ line: expect.stringContaining('run `sudo apt-get install -y chromium`') });
  });

  it("tells a machine without apt to use Playwright's installer", () => {
    expect(browserOrHint(bare(), true)).toEqual({ line: expect.stringContaining('run `npx playwright-core install chromium`') });
  });

  it('gives the path once a browser is there', () => {
    const chrome = file('bin/google-chrome');
    expect(browserOrHint(bare(), false)).toEqual({ path: chrome });
  });
});
