// Global set-up of the browser tests: find Chromium before anything is built. With none, on CI as
// root with apt (a fresh container), install Debian's package; otherwise stop at once with one line
// saying what to run, instead of every browser test failing after the site builds.
import { spawnSync } from 'node:child_process';
import { browserOrHint, onPath } from './find-browser.ts';

function aptInstallChromium(): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  process.stderr.write('browser tests: no Chromium found; installing Debian\'s chromium (CI, root)\n');
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', 'chromium']]) {
    if (spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0) return false;
  }
  return true;
}

export default function setup(): void {
  let found = browserOrHint();
  const mayInstall = !!process.env.CI && !process.env.CHROMIUM_PATH && process.getuid?.() === 0 && onPath('apt-get', process.env) !== null;
  if ('line' in found && mayInstall && aptInstallChromium()) found = browserOrHint();
  if ('line' in found) {
    process.stderr.write(`${found.line}\n`);
    process.exit(1);
  }
  // Inherited by the test workers, which start after this.
  process.env.CHROMIUM_PATH = found.path;
}
