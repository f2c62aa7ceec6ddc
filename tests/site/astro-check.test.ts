// `tsc` does not read .astro files: pages, layouts and components were type-checked by nobody.
// `astro check` (@astrojs/check) reads them with the site's own types (content collections included),
// and the .ts files beside them; an error or a warning fails it here.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const ANSI = /\u001b\[[0-9;]*m/g;

describe('astro check', () => {
  it('finds no error and no warning in the site, .astro files included', { timeout: 600_000 }, () => {
    const run = spawnSync('npx', ['astro', 'check', '--minimumFailingSeverity', 'warning'], {
      cwd: ROOT,
      // A content folder of its own keeps Astro's cache apart from other builds sharing node_modules
      // (astro.config.mjs names the cache by the folder's path).
      env: { ...process.env, MASAR_CONTENT: join(ROOT, 'content'), NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = `${run.stdout}${run.stderr}`.replace(ANSI, '');
    expect(run.status, output.slice(-4000)).toBe(0);
    const result = output.match(/Result \((\d+) files\):\s*\n- (\d+) errors?\s*\n- (\d+) warnings?/);
    expect(result, output.slice(-4000)).not.toBeNull();
    const [, checked, errors, warnings] = result!.map(Number);
    expect({ errors, warnings }).toEqual({ errors: 0, warnings: 0 });
    // It read the site's .astro files, not an empty project.
    const astroFiles = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.astro'));
    expect(astroFiles.length).toBeGreaterThan(20);
    expect(checked).toBeGreaterThan(astroFiles.length);
  });
});
