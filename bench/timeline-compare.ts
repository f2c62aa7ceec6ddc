// Before → after for a change to the timeline: two or more built sites (or bare pages) measured in one
// run, their page loads interleaved (A, B, A, B…) so that the load other jobs put on the machine falls
// on all of them alike. Each figure is timeline-figures.ts's (CPU 4× slower, 412×823); the zoom is read
// without animation (reduced motion), as the 0.3 s target is.
// `npx node bench/timeline-compare.ts <site dir> <site dir>… [--runs N]`
import { loadavg } from 'node:os';
import { basename } from 'node:path';
import { serve } from '../tests/e2e/serve.ts';
import { openChromium } from '../tests/e2e/browser.ts';
import { timelineFigures, type TimelineFigures } from './timeline-figures.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function compareTimelines(dirs: string[], runs: number): Promise<void> {
  const servers = await Promise.all(dirs.map((d) => serve(d)));
  const chromium = await openChromium({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1 });
  const all: TimelineFigures[][] = dirs.map(() => []);
  const loads: number[] = [];
  try {
    for (let r = 0; r < runs; r++) {
      loads.push(loadavg()[0]!);
      for (let i = 0; i < dirs.length; i++) all[i]!.push(await timelineFigures(chromium.context, `${servers[i]!.url}/`, true));
    }
  } finally {
    await chromium.close();
    await Promise.all(servers.map((s) => s.close()));
  }
  console.log(`${runs} interleaved runs, CPU ×4 slower, load average ${loads.map((l) => l.toFixed(1)).join(', ')} at each round's start`);
  const ms = (xs: number[]) => `${median(xs).toFixed(0)} ms (${xs.map((x) => x.toFixed(0)).join(', ')})`;
  for (let i = 0; i < dirs.length; i++) {
    const f = all[i]!;
    console.log(`${basename(dirs[i]!)}: first drawing after the reach ${ms(f.map((x) => x.firstDraw - x.reachedAt))}; zoom to a year ${ms(f.map((x) => x.zoomMs))}, longest frame ${ms(f.map((x) => x.longestFrameMs))}`);
  }
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--runs');
  const runs = at >= 0 ? Number(args[at + 1]) : 5;
  const dirs = args.filter((a, i) => a !== '--runs' && i !== at + 1);
  if (dirs.length === 0) throw new Error('usage: npx node bench/timeline-compare.ts <site dir> <site dir>… [--runs N]');
  await compareTimelines(dirs, runs);
}
