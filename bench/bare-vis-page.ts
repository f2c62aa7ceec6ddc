// The baseline for the site's timeline: a bare vis-timeline page drawing the same items (every round and
// every entry of a built site's /timeline.json, one lane per track) with the same vis-timeline bundle
// (the site's cuts, astro.config.mjs) and nothing of ours: no level of detail, no clusters, no labels
// fitted. It loads vis-timeline and the items when the pointer first enters the box, as `/` does, and
// marks `#timeline-shell` as the site's island does (data-first-draw, data-redraws), so one measurement
// (bench/timeline-figures.ts) reads both pages.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { slimVisTimeline, VIS_ALIAS } from '../astro.config.mjs';
import { unpackTimeline, type TimelineWire } from '../src/lib/timeline-wire.ts';

const HTML = `<!doctype html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>vis-timeline</title>
<style>body { margin: 0; } #timeline { block-size: 80vh; }</style></head>
<body><div id="timeline-shell"><button type="button" data-zoom="year">سنة</button><div id="timeline"></div></div>
<script type="module" src="./main.ts"></script></body>
</html>
`;

const MAIN = `const shell = document.getElementById('timeline-shell');
const box = document.getElementById('timeline');
box.addEventListener('pointerenter', () => { import('./timeline.ts').then((m) => m.mount(shell, box)); }, { once: true });
`;

const TIMELINE = `import { Timeline } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';

const DAY = 86_400_000;
const day = (iso, plus = 0) => { const [y, m, d] = iso.split('-').map(Number); return new Date(y, m - 1, d + plus); };
const escape = (s) => s.replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');
const range = (id, lane, start, end, text) => ({ id, group: lane, type: 'range', start: day(start), end: day(end, 1), content: escape(text) });
const point = (id, lane, start, text) => ({ id, group: lane, type: 'point', start: day(start), content: escape(text) });

export async function mount(shell, box) {
  const data = await (await fetch('./timeline.json')).json();
  const items = new DataSet([
    ...data.rounds.map((r) => range('r:' + r.id, r.lane, r.start, r.end, r.label)),
    ...data.entries.map((e) => (e.start === e.end ? point('e:' + e.id, e.lane, e.start, e.title) : range('e:' + e.id, e.lane, e.start, e.end, e.title))),
  ]);
  const groups = new DataSet(data.lanes.map((l, order) => ({ id: l.id, content: escape(l.label), order })));
  const timeline = new Timeline(box, items, groups, {
    rtl: true, height: '100%', orientation: { axis: 'top', item: 'top' }, stack: true, groupOrder: 'order',
    verticalScroll: true, showCurrentTime: false,
  });
  let redraws = 0;
  timeline.on('changed', () => {
    redraws += 1;
    shell.dataset.redraws = String(redraws);
    if (!shell.dataset.firstDraw && !box.querySelector('.vis-loading-screen')) shell.dataset.firstDraw = String(Math.round(performance.now()));
  });
  const animation = matchMedia('(prefers-reduced-motion: reduce)').matches ? false : { duration: 300, easingFunction: 'easeInOutQuad' };
  shell.querySelector('[data-zoom=year]').addEventListener('click', () => {
    const w = timeline.getWindow();
    const center = (w.start.getTime() + w.end.getTime()) / 2;
    timeline.setWindow(new Date(center - 183 * DAY), new Date(center + 183 * DAY), { animation });
  });
}
`;

/** Builds the page into `dir`/dist with the items of `timelineJson` (a built site's /timeline.json) beside it; returns that folder. */
export async function bareVisPage(dir: string, timelineJson: string): Promise<string> {
  const src = resolve(dir, 'src');
  const dist = resolve(dir, 'dist');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(src, { recursive: true });
  writeFileSync(join(src, 'index.html'), HTML);
  writeFileSync(join(src, 'main.ts'), MAIN);
  writeFileSync(join(src, 'timeline.ts'), TIMELINE);
  await build({
    root: src, configFile: false, logLevel: 'error', plugins: [slimVisTimeline()], resolve: { alias: VIS_ALIAS },
    build: { outDir: dist, emptyOutDir: true, assetsInlineLimit: 0 },
  });
  // The items as plain objects: the bare page is vis-timeline and nothing of ours, so not our unpacking.
  const items = unpackTimeline(JSON.parse(readFileSync(timelineJson, 'utf8')) as TimelineWire);
  writeFileSync(join(dist, 'timeline.json'), JSON.stringify(items));
  return dist;
}
