// Finds the Chromium the browser tests drive, and says in one line what to run when there is none.
// Looked for in order: $CHROMIUM_PATH, the system's browsers on $PATH, Playwright's own download cache.
import { accessSync, constants, existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

/** The system browsers the tests can drive, in order of preference (Debian's package first). */
export const SYSTEM_BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export type Found = { path: string; from: string } | { path: null; problem: string };

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function onPath(name: string, env: NodeJS.ProcessEnv): string | null {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** Chromium builds under Playwright's cache (`npx playwright-core install chromium`), newest first. */
function inPlaywrightCache(env: NodeJS.ProcessEnv): string | null {
  const cache = env.PLAYWRIGHT_BROWSERS_PATH || join(env.HOME || homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return null;
  const builds = readdirSync(cache)
    .filter((d) => /^chromium-\d+$/.test(d))
    .sort((a, b) => Number(b.slice(9)) - Number(a.slice(9)));
  for (const build of builds) {
    for (const bin of ['chrome-linux64/chrome', 'chrome-linux/chrome']) {
      if (isExecutable(join(cache, build, bin))) return join(cache, build, bin);
    }
  }
  return null;
}

/** The command that gets a browser on this machine: the system package as root, Playwright's download otherwise. */
export function installHint(env: NodeJS.ProcessEnv, isRoot: boolean): string {
  if (onPath('apt-get', env)) return isRoot ? 'apt-get install -y chromium' : 'sudo apt-get install -y chromium';
  return 'npx playwright-core install chromium';
}

export function findBrowser(env: NodeJS.ProcessEnv = process.env): Found {
  if (env.CHROMIUM_PATH) {
    return isExecutable(env.CHROMIUM_PATH)
      ? { path: env.CHROMIUM_PATH, from: 'CHROMIUM_PATH' }
      : { path: null, problem: `CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file` };
  }
  for (const name of SYSTEM_BROWSERS) {
    const path = onPath(name, env);
    if (path) return { path, from: `PATH (${name})` };
  }
  const cached = inPlaywrightCache(env);
  if (cached) return { path: cached, from: "Playwright's cache" };
  return { path: null, problem: `no Chromium found (CHROMIUM_PATH, ${SYSTEM_BROWSERS.join(', ')} on PATH, Playwright's cache)` };
}

/** The browser's path, or the one line a person reads when there is none. */
export function browserOrHint(env: NodeJS.ProcessEnv = process.env, isRoot = process.getuid?.() === 0): { path: string } | { line: string } {
  const found = findBrowser(env);
  if (found.path !== null) return { path: found.path };
  return { line: `browser tests: ${found.problem}: run \`${installHint(env, isRoot)}\`, or set CHROMIUM_PATH to a Chromium or Chrome binary` };
}
