// Where the time goes between the reach for the timeline and its first drawing: one page load in
// Chromium with the CPU 4× slower (as timeline-figures.ts), traced through CDP (the DevTools
// Performance panel's categories), summarised as the downloads (the island's chunk, /timeline.json),
// the island's phases (its `masar:*` marks) and the renderer's main-thread time by kind of work
// (compile, evaluate, style, layout, paint, GC, script), self time only, inside that span.
// `npx node bench/timeline-trace.ts <built site dir> [runs] [--profile]` prints it for any built site;
// `--profile` adds the functions that took the longest (V8's sampling profiler, which slows the page).
import type { BrowserContext, CDPSession } from 'playwright-core';

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }>;
  samples: number[]; timeDeltas: number[];
}

/** Self and total sampled ms per function (name, file, position), the largest totals first. */
export function profileFunctions(p: CpuProfile): Array<{ fn: string; selfMs: number; totalMs: number }> {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const ms = (p.timeDeltas[i + 1] ?? 0) / 1000;
    self.set(key(id), (self.get(key(id)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = key(at);
      if (!seen.has(k)) { seen.add(k); total.set(k, (total.get(k) ?? 0) + ms); }
    }
  });
  return [...total].map(([fn, totalMs]) => ({ fn, totalMs, selfMs: self.get(fn) ?? 0 })).sort((a, b) => b.totalMs - a.totalMs);
}

/** A trace event; `tdur` is the thread's CPU time, which other jobs on the machine do not stretch as they stretch `dur`. */
interface TraceEvent { name: string; cat: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { name?: string } }

/** Main-thread self time by event name (µs), for complete events starting inside [from, to] on one thread (a task is counted whole in the span it starts in). */
export function selfTimes(events: readonly TraceEvent[], from: number, to: number): Map<string, number> {
  const spans = events.filter((e) => e.ph === 'X' && e.dur !== undefined && e.ts >= from && e.ts < to)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const stack: TraceEvent[] = [];
  for (const e of spans) {
    while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur!);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur!);
    stack.push(e);
  }
  return self;
}

// What the trace's event names are, in the Performance panel's words; the first that matches wins, so
// the catch-all for V8's other events comes last.
const KINDS: Array<[string, RegExp]> = [
  ['compile', /^v8\.(compile|compileModule|parseOnBackground)|^V8\.(Compile|Parse)|^CompileScript|^CompileCode/],
  ['evaluate (top level of modules)', /^v8\.evaluateModule$|^EvaluateScript$/],
  ['style', /^UpdateLayoutTree$|[sS]tyle|rebuildLayoutTree|Invalidation/],
  ['layout (text shaping included)', /[lL]ayout|ShapeText/],
  ['paint, layers, commit', /Paint|Layerize|Commit|UpdateLayer|CompositeLayers|RasterTask|Compositing|Compositor/],
  ['GC', /GC/],
  ['parse JSON, HTML', /^(ParseHTML|v8\.parseJson)$|HTMLDocumentParser|TextResourceDecoder/],
  ['script (functions, timers, events, promises)', /^(FunctionCall|TimerFire|EventDispatch|RunMicrotasks|FireAnimationFrame|XHRLoad)$|^V8\.|^v8\./],
];

export interface TraceBreakdown {
  /** ms after the reach: when each download started and ended. */
  downloads: Array<{ what: string; startMs: number; endMs: number; bytes: number }>;
  marks: Record<string, number>;
  /** ms of main-thread self time by kind, and the rest, from the reach to the drawing and between each two marks. */
  mainThread: Array<[string, number]>;
  phases: Array<{ from: string; to: string; ms: number; busy: Array<[string, number]> }>;
  longTasks: Array<{ atMs: number; ms: number; styles: number; styleMs: number; layouts: number; layoutMs: number }>;
  /** With `profile`: the functions taking the most sampled time (their callees included), by name and place in the chunk. */
  functions: Array<{ fn: string; selfMs: number; totalMs: number }>;
  spanMs: number;
  /** The main thread's CPU time in that span. */
  cpuMs: number;
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-v8.compile', 'blink.user_timing', 'blink', 'loading', '__metadata'];

/** Traces what `act` makes the page do; returns the events of the page's main thread. */
async function traceMainThread(cdp: CDPSession, act: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (d: { value: object[] }) => { events.push(...(d.value as TraceEvent[])); };
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  await act();
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', collect);
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.cat.includes('user_timing') && x.name.startsWith('masar:') && x.pid === e.pid));
  return events.filter((e) => main && e.pid === main.pid && e.tid === main.tid);
}

/** Self time (ms) by kind of work in [a, b], the kinds of 5 ms or more. */
function busyByKind(onMain: readonly TraceEvent[], a: number, b: number): Array<[string, number]> {
  const byKind = new Map<string, number>();
  for (const [name, us] of selfTimes(onMain, a, b)) {
    if (name === 'RunTask' || name === 'ThreadControllerImpl::RunTask') continue;
    const kind = KINDS.find(([, re]) => re.test(name))?.[0] ?? `other (${name})`;
    byKind.set(kind, (byKind.get(kind) ?? 0) + us / 1000);
  }
  return [...byKind].filter(([, ms]) => ms >= 5).sort((x, y) => y[1] - x[1]);
}

const tasksIn = (onMain: readonly TraceEvent[], a: number, b: number) => onMain.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.ts >= a && e.ts < b);

/** The main thread's CPU time (ms) in the tasks starting in [a, b]. */
const cpuMs = (onMain: readonly TraceEvent[], a: number, b: number) => tasksIn(onMain, a, b).reduce((n, e) => n + (e.tdur ?? e.dur ?? 0) / 1000, 0);

/**
 * The tasks of 50 ms or more in [a, b], each with its style and layout passes: many of them in one task
 * is layout thrash (DOM written, then read, then written again).
 */
function longTasks(onMain: readonly TraceEvent[], a: number, b: number): TraceBreakdown['longTasks'] {
  return tasksIn(onMain, a, b).filter((e) => e.dur! >= 50_000).map((t) => {
    const inside = onMain.filter((e) => e.ph === 'X' && e.ts >= t.ts && e.ts < t.ts + t.dur!);
    const sum = (name: string) => inside.filter((e) => e.name === name).reduce((n, e) => n + e.dur! / 1000, 0);
    return {
      atMs: (t.ts - a) / 1000, ms: t.dur! / 1000,
      styles: inside.filter((e) => e.name === 'UpdateLayoutTree').length, styleMs: sum('UpdateLayoutTree'),
      layouts: inside.filter((e) => e.name === 'Layout').length, layoutMs: sum('Layout'),
    };
  });
}

/**
 * One traced page load of `url`: reach for the timeline (pointer over it), wait for its first drawing.
 * With `profile`, V8's sampling profiler runs too, which slows the page: its times are for ranking only.
 */
export async function traceFirstDrawing(context: BrowserContext, url: string, profile = false): Promise<TraceBreakdown> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    let reach = 0;
    let sampled: CpuProfile | undefined;
    const onMain = await traceMainThread(cdp, async () => {
      if (profile) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      }
      reach = await page.evaluate(() => performance.now());
      await page.locator('#timeline').hover();
      await page.waitForSelector('#timeline-shell[data-first-draw]', { timeout: 120_000 });
      if (profile) sampled = (await cdp.send('Profiler.stop') as unknown as { profile: CpuProfile }).profile;
    });
    const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('masar:')).map((m) => [m.name.slice(6), Math.round(m.startTime)])));
    const resources = await page.evaluate((after) => performance.getEntriesByType('resource').map((r) => r as PerformanceResourceTiming)
      .filter((r) => r.startTime >= after).map((r) => ({ name: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd, bytes: r.encodedBodySize })), reach);
    const from = (name: string) => onMain.find((e) => e.name === name && e.cat.includes('user_timing'))?.ts;
    const t0 = from('masar:timeline-import');
    const t1 = from('masar:timeline-drawn');
    if (t0 === undefined || t1 === undefined) throw new Error('the trace holds no masar:timeline-import or masar:timeline-drawn mark');
    const markTs = onMain.filter((e) => e.cat.includes('user_timing') && e.name.startsWith('masar:') && e.ts >= t0 && e.ts <= t1)
      .sort((a, b) => a.ts - b.ts);
    const phases = markTs.slice(1).map((m, i) => ({ from: markTs[i]!.name.slice(6), to: m.name.slice(6), ms: (m.ts - markTs[i]!.ts) / 1000, busy: busyByKind(onMain, markTs[i]!.ts, m.ts) }));
    const functions = sampled ? profileFunctions(sampled).slice(0, 30) : [];
    const importAt = marks['timeline-import'] ?? reach;
    const relMarks = Object.fromEntries(Object.entries(marks).map(([k, v]) => [k, v - importAt]));
    return {
      downloads: resources.map((r) => ({ what: r.name, startMs: r.start - importAt, endMs: r.end - importAt, bytes: r.bytes })),
      marks: relMarks,
      mainThread: busyByKind(onMain, t0, t1),
      phases,
      longTasks: longTasks(onMain, t0, t1),
      functions,
      spanMs: (t1 - t0) / 1000,
      cpuMs: cpuMs(onMain, t0, t1),
    };
  } finally {
    await page.close();
  }
}

export interface ZoomTrace {
  /** The click on «سنة» to the last redraw, wall time; the main thread's CPU time in between. */
  ms: number; cpuMs: number;
  redraws: number;
  busy: Array<[string, number]>;
  longTasks: TraceBreakdown['longTasks'];
}

/**
 * One page load of `url`: reach for the timeline, wait for its drawing and 1.5 s more, then trace a zoom
 * to a year (reduced motion: no animation) until no redraw came for 600 ms, as timeline-figures.ts does.
 */
export async function traceZoom(context: BrowserContext, url: string): Promise<ZoomTrace> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('#timeline').hover();
    await page.waitForSelector('#timeline-shell[data-first-draw]', { timeout: 120_000 });
    await page.waitForTimeout(1500);
    let redraws = 0;
    const onMain = await traceMainThread(cdp, async () => {
      redraws = await page.evaluate(async () => {
        const shell = document.getElementById('timeline-shell')!;
        const before = Number(shell.dataset.redraws);
        performance.mark('masar:zoom');
        let lastDraw = 0;
        const drawn = new MutationObserver(() => { lastDraw = performance.now(); });
        drawn.observe(shell, { attributes: true, attributeFilter: ['data-redraws'] });
        (document.querySelector('[data-zoom=year]') as HTMLButtonElement).click();
        await new Promise<void>((r) => { const check = () => (lastDraw > 0 && performance.now() - lastDraw > 600 ? r() : setTimeout(check, 20)); check(); });
        drawn.disconnect();
        performance.measure('masar:zoomed', { start: 'masar:zoom', end: lastDraw });
        return Number(shell.dataset.redraws) - before;
      });
    });
    const at = (name: string) => onMain.find((e) => e.name === name && e.cat.includes('user_timing'));
    const t0 = at('masar:zoom')?.ts;
    const measured = onMain.filter((e) => e.name === 'masar:zoomed' && e.cat.includes('user_timing'));
    const t1 = measured.length ? Math.max(...measured.map((e) => e.ts + (e.dur ?? 0))) : undefined;
    if (t0 === undefined || t1 === undefined) throw new Error('the trace holds no masar:zoom mark or masar:zoomed measure');
    return { ms: (t1 - t0) / 1000, cpuMs: cpuMs(onMain, t0, t1), redraws, busy: busyByKind(onMain, t0, t1), longTasks: longTasks(onMain, t0, t1) };
  } finally {
    await page.close();
  }
}

export function printZoom(z: ZoomTrace): void {
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  console.log(`  zoom to a year, no animation: ${ms(z.ms)}, main thread CPU ${ms(z.cpuMs)}, ${z.redraws} redraws (CPU ×4 slower), traced: ${z.busy.map(([k, v]) => `${k} ${ms(v)}`).join(', ')}`);
  for (const t of z.longTasks) console.log(`      at ${ms(t.atMs).padStart(8)}: ${ms(t.ms).padStart(7)}, ${t.styles} style passes (${ms(t.styleMs)}), ${t.layouts} layouts (${ms(t.layoutMs)})`);
}

export function printBreakdown(b: TraceBreakdown): void {
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  console.log(`  the reach to the first drawing: ${ms(b.spanMs)}, main thread CPU ${ms(b.cpuMs)} (CPU ×4 slower), traced:`);
  for (const d of b.downloads) console.log(`    download ${d.what.padEnd(44)} ${ms(d.startMs).padStart(8)} → ${ms(d.endMs).padStart(8)}  ${(d.bytes / 1024).toFixed(1)} KB`);
  console.log(`    island marks (ms after the reach): ${Object.entries(b.marks).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  const busy = b.mainThread.reduce((s, [, v]) => s + v, 0);
  console.log(`    main thread busy ${ms(busy)} of ${ms(b.spanMs)}:`);
  for (const [kind, v] of b.mainThread) console.log(`      ${kind.padEnd(48)} ${ms(v).padStart(8)}`);
  console.log('    between the marks:');
  for (const p of b.phases) console.log(`      ${`${p.from} → ${p.to}`.padEnd(48)} ${ms(p.ms).padStart(8)}: ${p.busy.map(([k, v]) => `${k} ${ms(v)}`).join(', ')}`);
  console.log('    tasks of 50 ms or more (ms after the reach):');
  for (const t of b.longTasks) console.log(`      at ${ms(t.atMs).padStart(8)}: ${ms(t.ms).padStart(7)}, ${t.styles} style passes (${ms(t.styleMs)}), ${t.layouts} layouts (${ms(t.layoutMs)})`);
  if (b.functions.length) {
    console.log('    functions by sampled time, callees included (profiler on: for ranking only):');
    for (const f of b.functions) console.log(`      ${ms(f.totalMs).padStart(8)} ${ms(f.selfMs).padStart(8)} self  ${f.fn}`);
  }
}

if (import.meta.main) {
  const { serve } = await import('../tests/e2e/serve.ts');
  const { openChromium } = await import('../tests/e2e/browser.ts');
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: npx node bench/timeline-trace.ts <built site dir> [runs] [--profile]');
  const server = await serve(dir);
  const chromium = await openChromium({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1 });
  try {
    const runs = Number(process.argv.slice(3).find((a) => /^\d+$/.test(a)) ?? 1);
    for (let i = 0; i < runs; i++) printBreakdown(await traceFirstDrawing(chromium.context, `${server.url}/`, process.argv.includes('--profile')));
    for (let i = 0; i < runs; i++) printZoom(await traceZoom(chromium.context, `${server.url}/`));
  } finally {
    await chromium.close();
    await server.close();
  }
}
