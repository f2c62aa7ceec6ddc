// The timeline island: vis-timeline (esnext build) over /timeline.json, right to left, Arabic axis,
// one lane per track, rounds as ranges and entries as points. Filters and the selected entry live in
// the URL; keyboard access comes from our own handlers (vis-timeline has none).
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
// The stylesheet is linked by the island itself so that `/` does not load it before the timeline.
import visCssUrl from 'vis-timeline/styles/vis-timeline-graph2d.min.css?url';
import type { TimelineData, TimelineEntry, TimelineRound } from '../lib/timeline-data.ts';
import { majorLabel, minorLabel } from './axis-format.ts';

const DAY = 86_400_000;

interface Item {
  id: string;
  group: string;
  start: Date;
  end?: Date;
  type: 'range' | 'point';
  content: string;
  className: string;
  title: string;
  /** What the item is, for clustering and navigation. */
  what: 'round' | 'entry';
  ref: string;
}

interface Filters { tracks: Set<string> | null; kinds: Set<string> | null; actor: string }

function localDay(iso: string, plusDays = 0): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + plusDays);
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function roundItem(r: TimelineRound): Item {
  return {
    id: `r:${r.id}`, what: 'round', ref: r.id, group: r.lane, type: 'range',
    start: localDay(r.start), end: localDay(r.end, 1),
    content: `<bdi>${escapeHtml(r.label)}</bdi>`,
    className: `round track-${r.lane}${r.confirmed ? '' : ' unconfirmed'}`,
    title: escapeHtml(`${r.name} · ${r.date}${r.confirmed ? '' : ' · تاريخ غير مؤكد'}`),
  };
}

function entryItem(e: TimelineEntry): Item {
  const span = e.start !== e.end;
  return {
    id: `e:${e.id}`, what: 'entry', ref: e.id, group: e.lane, type: span ? 'range' : 'point',
    start: localDay(e.start), ...(span ? { end: localDay(e.end, 1) } : {}),
    content: `<bdi>${escapeHtml(e.title)}</bdi>`,
    className: `entry kind-${e.kind}${e.uncertain ? ' uncertain' : ''}`,
    title: escapeHtml(`${e.date} · ${e.title}`),
  };
}

function readFilters(params: URLSearchParams): Filters {
  const set = (name: string) => (params.get(name) ? new Set(params.get(name)!.split(',').filter(Boolean)) : null);
  return { tracks: set('track'), kinds: set('kind'), actor: params.get('actor') ?? '' };
}

function passes(f: Filters, data: TimelineData, item: Item): boolean {
  if (f.tracks && !f.tracks.has(item.group) && item.group !== 'other') return false;
  if (item.what === 'round') return true;
  const e = entryById(data).get(item.ref);
  if (!e) return false;
  if (f.kinds && !f.kinds.has(e.kind)) return false;
  if (f.actor && !e.actors.includes(f.actor)) return false;
  return true;
}

const byIdCache = new WeakMap<TimelineData, Map<string, TimelineEntry>>();
function entryById(data: TimelineData): Map<string, TimelineEntry> {
  let m = byIdCache.get(data);
  if (!m) byIdCache.set(data, (m = new Map(data.entries.map((e) => [e.id, e]))));
  return m;
}

function cardHtml(data: TimelineData, item: Item): string {
  if (item.what === 'round') {
    const r = data.rounds.find((x) => x.id === item.ref);
    if (!r) return '';
    return `<h3><a href="/rounds/${encodeURIComponent(r.id)}/">${escapeHtml(r.name)}</a></h3>`
      + `<p>${escapeHtml(r.date)} · ${escapeHtml(r.city)}${r.confirmed ? '' : ' · <span class="badge unconfirmed">تاريخ غير مؤكد</span>'}</p>`;
  }
  const e = entryById(data).get(item.ref);
  if (!e) return '';
  const sources = e.sources.map((s) => `<li><a href="/articles/${encodeURIComponent(s.article)}/">${escapeHtml(s.title)}</a>${s.outlet ? ` (${escapeHtml(s.outlet)})` : ''}</li>`).join('');
  return `<p class="card-date">${escapeHtml(e.date)}</p>`
    + `<h3><a href="/entries/${encodeURIComponent(e.id)}/">${escapeHtml(e.title)}</a></h3>`
    + (sources ? `<p>المصادر:</p><ul>${sources}</ul>` : '');
}

export async function mountTimeline(shell: HTMLElement): Promise<void> {
  const box = shell.querySelector<HTMLElement>('#timeline');
  const card = shell.querySelector<HTMLElement>('#timeline-card');
  if (!box || !card) return;
  const res = await fetch('/timeline.json');
  if (!res.ok) throw new Error(`/timeline.json: HTTP ${res.status}`);
  const data = (await res.json()) as TimelineData;
  performance.mark('masar:timeline-data');

  const all: Item[] = [...data.rounds.map(roundItem), ...data.entries.map(entryItem)];
  const itemById = new Map(all.map((i) => [i.id, i]));
  const params = new URLSearchParams(location.search);
  const filters = readFilters(params);
  const items = new DataSet<Item>(all.filter((i) => passes(filters, data, i)));
  const laneOrder = new Map(data.lanes.map((l, i) => [l.id, i]));
  const groups = new DataSet(data.lanes.map((l) => ({ id: l.id, content: escapeHtml(l.label), order: laneOrder.get(l.id) ?? 0 })));

  let min = Infinity;
  let max = -Infinity;
  for (const i of all) {
    min = Math.min(min, i.start.getTime());
    max = Math.max(max, (i.end ?? i.start).getTime());
  }
  if (!Number.isFinite(min)) { min = Date.now() - 365 * DAY; max = Date.now(); }
  const pad = Math.max(30 * DAY, (max - min) * 0.03);
  const fullStart = new Date(min - pad);
  const fullEnd = new Date(max + pad);

  const options: TimelineOptions = {
    rtl: true,
    start: fullStart,
    end: fullEnd,
    min: new Date(min - 365 * DAY),
    max: new Date(max + 365 * DAY),
    zoomMin: 4 * DAY,
    zoomMax: (max - min) + 4 * pad,
    orientation: { axis: 'top', item: 'top' },
    stack: true,
    showCurrentTime: false,
    selectable: true,
    multiselect: false,
    groupOrder: 'order',
    verticalScroll: true,
    margin: { item: { horizontal: 2, vertical: 4 }, axis: 4 },
    format: { minorLabels: minorLabel, majorLabels: majorLabel },
    tooltip: { followMouse: false, overflowMethod: 'cap' },
    cluster: {
      maxItems: 3,
      titleTemplate: 'مجموعة من {count} أحداث: كبّر لرؤيتها',
      showStipes: false,
      // Rounds are the frame of the timeline: never hidden inside a cluster.
      clusterCriteria: (a: unknown, b: unknown) => (a as Item).what === 'entry' && (b as Item).what === 'entry',
    },
  } as TimelineOptions;

  await new Promise<void>((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = visCssUrl;
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });

  box.replaceChildren();
  const timeline = new Timeline(box, items as never, groups as never, options);
  performance.mark('masar:timeline-created');
  shell.classList.add('ready');
  // Observable markers for the benchmark and the tests: the first drawing and every redraw.
  let redraws = 0;
  timeline.on('changed', () => {
    redraws += 1;
    shell.dataset.redraws = String(redraws);
    if (redraws === 1) {
      performance.mark('masar:timeline-drawn');
      shell.dataset.firstDraw = String(Math.round(performance.now()));
    }
  });

  const select = (id: string | undefined, focus: boolean) => {
    const item = id ? itemById.get(id) : undefined;
    card.innerHTML = item ? cardHtml(data, item) : '';
    const url = new URL(location.href);
    if (item?.what === 'entry') url.searchParams.set('entry', item.ref);
    else url.searchParams.delete('entry');
    history.replaceState(null, '', url);
    if (item) timeline.setSelection([item.id], focus ? { focus: true, animation: false as never } : undefined);
    else timeline.setSelection([]);
  };

  timeline.on('select', (props: { items: string[] }) => select(props.items[0], false));
  timeline.on('click', (props: { item: string | number | null }) => {
    const item = props.item !== null ? itemById.get(String(props.item)) : undefined;
    if (item?.what === 'round') location.assign(`/rounds/${encodeURIComponent(item.ref)}/`);
  });
  timeline.on('doubleClick', (props: { item: string | number | null }) => {
    const item = props.item !== null ? itemById.get(String(props.item)) : undefined;
    if (item?.what === 'entry') location.assign(`/entries/${encodeURIComponent(item.ref)}/`);
  });

  // Keyboard: arrows move through the visible items in date order (left is later, right to left),
  // Enter opens the selected one.
  box.addEventListener('keydown', (ev) => {
    const visible = (items.get() as Item[]).sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id));
    if (visible.length === 0) return;
    const current = timeline.getSelection()[0];
    const at = visible.findIndex((i) => i.id === current);
    let next = at;
    if (ev.key === 'ArrowLeft' || ev.key === 'ArrowDown') next = at < 0 ? 0 : Math.min(visible.length - 1, at + 1);
    else if (ev.key === 'ArrowRight' || ev.key === 'ArrowUp') next = at < 0 ? 0 : Math.max(0, at - 1);
    else if (ev.key === 'Home') next = 0;
    else if (ev.key === 'End') next = visible.length - 1;
    else if (ev.key === 'Enter' && at >= 0) {
      const item = visible[at]!;
      location.assign(item.what === 'round' ? `/rounds/${encodeURIComponent(item.ref)}/` : `/entries/${encodeURIComponent(item.ref)}/`);
      return;
    } else return;
    ev.preventDefault();
    select(visible[next]?.id, true);
  });

  // Zoom presets; no animation for readers who ask for reduced motion.
  const animation = matchMedia('(prefers-reduced-motion: reduce)').matches ? false : { duration: 300, easingFunction: 'easeInOutQuad' as const };
  shell.querySelectorAll<HTMLButtonElement>('[data-zoom]').forEach((b) => b.addEventListener('click', () => {
    const w = timeline.getWindow();
    const center = (w.start.getTime() + w.end.getTime()) / 2;
    const selected = itemById.get(String(timeline.getSelection()[0] ?? ''));
    if (b.dataset.zoom === 'all') timeline.setWindow(fullStart, fullEnd, { animation });
    else if (b.dataset.zoom === 'year') timeline.setWindow(new Date(center - 183 * DAY), new Date(center + 183 * DAY), { animation });
    else {
      const entry = selected?.what === 'entry' ? entryById(data).get(selected.ref) : undefined;
      const roundId = selected?.what === 'round' ? selected.ref : entry?.round;
      const round = data.rounds.find((r) => r.id === roundId)
        ?? data.rounds.reduce<TimelineRound | undefined>((best, r) => {
          const d = Math.abs(localDay(r.start).getTime() - center);
          return !best || d < Math.abs(localDay(best.start).getTime() - center) ? r : best;
        }, undefined);
      if (round) timeline.setWindow(localDay(round.start, -10), localDay(round.end, 11), { animation });
    }
  }));

  // Filters, reflected in the URL.
  const form = shell.querySelector<HTMLElement>('.filters');
  const syncForm = () => {
    form?.querySelectorAll<HTMLInputElement>('input[name=track]').forEach((i) => { i.checked = !filters.tracks || filters.tracks.has(i.value); });
    form?.querySelectorAll<HTMLInputElement>('input[name=kind]').forEach((i) => { i.checked = !filters.kinds || filters.kinds.has(i.value); });
    const sel = form?.querySelector<HTMLSelectElement>('select[name=actor]');
    if (sel) sel.value = filters.actor;
  };
  syncForm();
  form?.addEventListener('change', () => {
    const checked = (name: string) => {
      const boxes = [...(form.querySelectorAll<HTMLInputElement>(`input[name=${name}]`))];
      const on = boxes.filter((i) => i.checked).map((i) => i.value);
      return on.length === boxes.length ? null : new Set(on);
    };
    filters.tracks = checked('track');
    filters.kinds = checked('kind');
    filters.actor = form.querySelector<HTMLSelectElement>('select[name=actor]')?.value ?? '';
    const url = new URL(location.href);
    for (const [k, v] of [['track', filters.tracks], ['kind', filters.kinds]] as const) {
      if (v) url.searchParams.set(k, [...v].join(',')); else url.searchParams.delete(k);
    }
    if (filters.actor) url.searchParams.set('actor', filters.actor); else url.searchParams.delete('actor');
    history.replaceState(null, '', url);
    items.clear();
    items.add(all.filter((i) => passes(filters, data, i)));
  });

  const wanted = params.get('entry');
  if (wanted && itemById.has(`e:${wanted}`)) {
    select(`e:${wanted}`, true);
    box.focus();
  }
}
