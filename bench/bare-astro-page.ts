// The second baseline for the site's timeline: the site's own island (src/client/timeline.ts, the same
// vis-timeline bundle and cuts) on a minimal Astro page, with none of the site around it: no layout,
// no stylesheet of ours (the box only keeps the site's height, so that as many lanes are drawn), no
// list, no filters, one button. Beside the site's `/` and the bare
// vis-timeline page (bare-vis-page.ts), it says how much of the time is the island's and how much the
// page's. It loads the island and the items when the pointer first enters the box, as `/` does, so one
// measurement (bench/timeline-figures.ts) reads all three pages.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'astro';
import { slimVisTimeline, VIS_ALIAS } from '../astro.config.mjs';

const ROOT = resolve(import.meta.dirname, '..');

const page = (client: string) => `---
---
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Astro</title>
<style>body { margin: 0; } #timeline { block-size: min(34rem, 100svh - 6rem); }</style></head>
<body>
<section id="timeline-shell">
  <button type="button" data-zoom="year">سنة</button>
  <div id="timeline"></div>
  <div id="timeline-card"></div>
</section>
<script>
  import { fetchTimelineData } from '${client}/fetch-timeline-data.ts';
  import { linkTimelineStylesheet } from '${client}/timeline-stylesheet.ts';
  const shell = document.getElementById('timeline-shell')!;
  // As / starts it: the items and the stylesheet at the reach, beside the island's import.
  shell.addEventListener('pointerenter', () => {
    performance.mark('masar:timeline-import');
    const data = fetchTimelineData();
    const styled = linkTimelineStylesheet();
    import('${client}/timeline.ts').then((m) => m.mountTimeline(shell, data, styled));
  }, { once: true });
</script>
</body>
</html>
`;

/** Builds the page into `dir`/dist with a built site's /timeline.json beside it; returns that folder. */
export async function bareAstroPage(dir: string, timelineJson: string): Promise<string> {
  const root = resolve(dir);
  const dist = join(root, 'dist');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  writeFileSync(join(root, 'src/pages/index.astro'), page(relative(join(root, 'src/pages'), join(ROOT, 'src/client'))));
  await build({
    root, outDir: dist, logLevel: 'error', configFile: false, devToolbar: { enabled: false },
    vite: { plugins: [slimVisTimeline()], resolve: { alias: VIS_ALIAS }, build: { assetsInlineLimit: 0 } },
  });
  copyFileSync(timelineJson, join(dist, 'timeline.json'));
  return dist;
}
