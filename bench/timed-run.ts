// Runs a command to its end and measures it: wall time and, where GNU time is installed (Linux), the CPU
// time of all its processes and the peak resident memory of the largest. A build runs astro under npx,
// in other processes than this one, so Node's own figures would not see it; and on a shared machine the
// CPU time moves less than the wall time when others are busy.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const GNU_TIME = '/usr/bin/time';

export interface Usage { seconds: number; cpuSeconds?: number | undefined; peakMb: number | undefined }

export function timedRun(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Usage {
  const measured = existsSync(GNU_TIME);
  const [file, argv] = measured ? [GNU_TIME, ['-f', 'masar-usage %M %U %S', command, ...args]] : [command, [...args]];
  const t0 = performance.now();
  const r = spawnSync(file, argv, { cwd: options.cwd, env: options.env ?? process.env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${r.status ?? r.signal}): ${r.stderr.slice(-2000)}`);
  const usage = /masar-usage (\d+) ([\d.]+) ([\d.]+)/.exec(r.stderr);
  if (!usage) return { seconds, peakMb: undefined };
  return { seconds, cpuSeconds: Number(usage[2]) + Number(usage[3]), peakMb: Number(usage[1]) / 1024 };
}

/** «12.3 s (CPU 14.1 s), 640 MB peak» (CPU time and memory only where they were measured). */
export function formatUsage(u: Usage): string {
  const cpu = u.cpuSeconds === undefined ? '' : ` (CPU ${u.cpuSeconds.toFixed(1)} s)`;
  return `${u.seconds.toFixed(1)} s${cpu}${u.peakMb === undefined ? '' : `, ${u.peakMb.toFixed(0)} MB peak`}`;
}
