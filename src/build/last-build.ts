// The last build's output folder, cleared off the build's path. Astro empties its output folder before
// it writes a page: at 10,000 entries that is some 41,000 files and folders, and removing them took
// 3-52 s of wall time on a shared disk (3 s of CPU), all of it before the first page. Renamed, the
// folder is gone from the build's way at once, and a process of its own removes it beside the build.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const REMOVE = 'for (const dir of process.argv.slice(1)) require("node:fs").rmSync(dir, { recursive: true, force: true });';

/**
 * Moves `out` aside as `<out>.old-<pid>` and starts removing it, with any such folder a stopped build
 * left; resolves when they are removed. A folder that cannot be renamed stays for Astro to empty.
 */
export function removeLastBuild(out: string): Promise<void> {
  const parent = dirname(out);
  const prefix = `${basename(out)}.old-`;
  try {
    if (existsSync(out)) renameSync(out, join(parent, `${prefix}${process.pid}`));
  } catch {
    // Astro empties it in place, as it always did.
  }
  const old = existsSync(parent) ? readdirSync(parent).filter((f) => f.startsWith(prefix)).map((f) => join(parent, f)) : [];
  if (old.length === 0) return Promise.resolve();
  const removal = spawn(process.execPath, ['-e', REMOVE, ...old], { stdio: 'ignore' });
  // A removal that cannot start leaves the folders for the next build to sweep; the build goes on.
  return new Promise((done) => { removal.once('exit', () => done()); removal.once('error', () => done()); });
}
