// The timeline island: vis-timeline (esnext build) over /timeline.json (which the page fetches beside
// this module), right to left, Arabic axis, one lane per track, rounds as ranges and entries as points.
// Filters and the selected entry live in the URL; keyboard access comes from our own handlers
// (vis-timeline has none).
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import type { TimelineData, TimelineEntry, TimelineRound } from '../lib/timeline-data.ts';
import { dayLabel, majorLabel, minorLabel, narrowMinorLabel } from './axis-format.ts';
import { byStart, DAY, levelOfDetail, type Bin, type ByStart, type Dated } from './level-of-detail.ts';
import { EVENT_NOUN, formatArabicCount } from '../lib/format-arabic-count.ts';
import { renderFilterNotice } from './filter-notice.ts';
import { fitLabels } from './fit-labels.ts';
import { cancelIdle, coldItems, onIdle, warmItems, type VisItem } from './warm-items.ts';
import { BAND_LABEL_STRIP, fitBandLabels } from './fit-band-labels.ts';
import { bandItems, type BandItem } from './band-items.ts';
import { stepEntry, swipeStep } from './step-entry.ts';
import { fetchTimelineData } from './fetch-timeline-data.ts';
import { linkTimelineStylesheet } from './timeline-stylesheet.ts';
import { unpackTimeline, type TimelineWire } from '../lib/timeline-wire.ts';
import { passesTimelineFilters, readTimelineFilters } from '../lib/timeline-filter.ts';

// The chunk (vis-timeline and this island) has been fetched, compiled and run to here: the benchmark's
// trace (bench/timeline-trace.ts) tells that apart from the fetch of the items and their preparation.
performance.mark('masar:timeline-module');

/** Above this many entries near the window, the timeline draws counted bins instead (see level-of-detail.ts). */
const DETAIL_LIMIT = 250;
/**
 * A bin's least share of the box's width, in pixels (about 20 of them in the lanes' panel on a phone):
 * room for a count of three digits. Narrower, its count spilt over its neighbours and vis-timeline
 * stacked them into a staircase of rows (a lane of a phone's year 1,500 px tall at 5,000 entries), and
 * lanes pushed below the view came into it one redraw pass after another; bins side by side keep a lane
 * one row tall.
 */
const BIN_MIN_PX = 26;
/** How much one press of + or − zooms (vis-timeline's zoomIn: the share of the window taken away). */
const ZOOM_STEP = 0.5;

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
  what: 'round' | 'entry' | 'bin';
  ref: string;
  startMs: number;
  endMs: number;
}

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
    startMs: localDay(r.start).getTime(), endMs: localDay(r.end, 1).getTime(),
    content: `<bdi data-round="${escapeHtml(r.id)}">${escapeHtml(r.label)}</bdi>`,
    className: `round track-${r.lane}${r.confirmed ? '' : ' unconfirmed'}`,
    title: escapeHtml(`${r.name} · ${r.date}${r.confirmed ? '' : ' · تاريخ غير مؤكد'}`),
  };
}

function entryItem(e: TimelineEntry): Item {
  const span = e.start !== e.end;
  return {
    id: `e:${e.id}`, what: 'entry', ref: e.id, group: e.lane, type: span ? 'range' : 'point',
    start: localDay(e.start), ...(span ? { end: localDay(e.end, 1) } : {}),
    startMs: localDay(e.start).getTime(), endMs: localDay(e.end, 1).getTime(),
    content: `<bdi>${escapeHtml(e.title)}</bdi>`,
    className: `entry kind-${e.kind}${e.uncertain ? ' uncertain' : ''}`,
    title: escapeHtml(`${e.date} · ${e.title}`),
  };
}

function binItem(b: Bin): Item {
  const last = new Date(b.endMs - DAY);
  return {
    id: b.id, what: 'bin', ref: b.id, group: b.group, type: 'range',
    // Drawn an eighth short of its end: vis-timeline keeps 2 px between items of a row, so bins that
    // touch were stacked in two rows; the gap (about 3 px on a phone, see BIN_MIN_PX) keeps them in one.
    start: new Date(b.startMs), end: new Date(b.endMs - (b.endMs - b.startMs) / 8), startMs: b.startMs, endMs: b.endMs,
    content: `<bdi>${b.count}</bdi>`,
    className: 'bin',
    title: escapeHtml(`${formatArabicCount(b.count, EVENT_NOUN)} بين ${dayLabel(new Date(b.startMs))} و${dayLabel(last)}: انقر للتكبير`),
  };
}

/** An entry as the level of detail searches it (id `e:<entry id>`); its item is made only when drawn. */
interface EntryRef extends Dated { entry: TimelineEntry }

function entryRef(e: TimelineEntry): EntryRef {
  return { id: `e:${e.id}`, group: e.lane, startMs: localDay(e.start).getTime(), endMs: localDay(e.end, 1).getTime(), entry: e };
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
  const sources = e.sources.map((id) => {
    const a = data.articles[id];
    return `<li><a href="/articles/${encodeURIComponent(id)}/">${escapeHtml(a?.title ?? id)}</a>${a?.outlet ? ` (${escapeHtml(a.outlet)})` : ''}</li>`;
  }).join('');
  return `<p class="card-date">${escapeHtml(e.date)}</p>`
    + `<h3><a href="/entries/${encodeURIComponent(e.id)}/">${escapeHtml(e.title)}</a></h3>`
    + (sources ? `<p>المصادر:</p><ul>${sources}</ul>` : '');
}

export async function mountTimeline(
  shell: HTMLElement,
  fetched: Promise<TimelineWire> = fetchTimelineData(),
  styled: Promise<void> = linkTimelineStylesheet(),
): Promise<void> {
  const box = shell.querySelector<HTMLElement>('#timeline');
  const card = shell.querySelector<HTMLElement>('#timeline-card');
  if (!box || !card) return;
  const wire = await fetched;
  performance.mark('masar:timeline-fetched');
  const data = unpackTimeline(wire);
  performance.mark('masar:timeline-data');
  // Yield between the heavy steps so that no single task blocks input for long.
  const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  await yieldToMain();

  const rounds = data.rounds.map(roundItem);
  // Thousands of entries: each is a small record until it is drawn, when its item is made once.
  const entries = byStart(data.entries.map(entryRef)).sorted;
  const refById = new Map(entries.map((r) => [r.id, r]));
  const entryItems = new Map<string, Item>();
  const itemOf = (r: EntryRef): Item => {
    let item = entryItems.get(r.id);
    if (!item) entryItems.set(r.id, (item = entryItem(r.entry)));
    return item;
  };
  const roundById = new Map(rounds.map((i) => [i.id, i]));
  const itemById = (id: string): Item | undefined => {
    const ref = refById.get(id);
    return ref ? itemOf(ref) : roundById.get(id);
  };
  const params = new URLSearchParams(location.search);
  const narrow = matchMedia('(max-width: 40rem)').matches;
  const filters = readTimelineFilters(params);
  const laneOrder = new Map(data.lanes.map((l, i) => [l.id, i]));
  const groups = new DataSet(data.lanes.map((l) => ({ id: l.id, content: escapeHtml(l.label), order: laneOrder.get(l.id) ?? 0 })));

  let min = Infinity;
  let max = -Infinity;
  for (const i of [...rounds, ...entries]) {
    min = Math.min(min, i.startMs);
    max = Math.max(max, i.endMs);
  }
  if (!Number.isFinite(min)) { min = Date.now() - 365 * DAY; max = Date.now(); }
  const pad = Math.max(30 * DAY, (max - min) * 0.03);
  const fullStart = new Date(min - pad);
  const fullEnd = new Date(max + pad);

  // Opening on ?entry= starts around that entry, so that it is drawn itself rather than inside a bin.
  const wanted = params.get('entry');
  const wantedItem = wanted ? itemById(`e:${wanted}`) : undefined;
  const initialStart = wantedItem ? new Date(wantedItem.startMs - 20 * DAY) : fullStart;
  const initialEnd = wantedItem ? new Date(wantedItem.endMs + 20 * DAY) : fullEnd;
  // The entry being looked at never goes into a cluster: on a phone even a 40-day window draws it
  // among neighbours too close to separate, and a clustered item cannot be selected or seen.
  let pinned = wantedItem?.id;

  // The items drawn: every round the filters keep, and the entries near the window or their bins.
  // The entries the filters keep, searched by start at each zoom; a change of filters makes them again.
  let kept: ByStart<EntryRef> | undefined;
  const keptEntries = () => (kept ??= byStart(entries.filter((r) => passesTimelineFilters(filters, { lane: r.group, entry: r.entry }))));
  const bins = new Map<string, Item>();
  const view = (start: number, end: number): Item[] => {
    const detail = levelOfDetail(keptEntries(), start, end, DETAIL_LIMIT, Math.max(4, Math.floor(box.clientWidth / BIN_MIN_PX)));
    bins.clear();
    if (detail.kind === 'bins') for (const b of detail.bins) bins.set(b.id, binItem(b));
    shell.dataset.detail = detail.kind;
    return [...rounds.filter((i) => passesTimelineFilters(filters, { lane: i.group })), ...(detail.kind === 'entries' ? detail.entries.map(itemOf) : [...bins.values()])];
  };
  // The context bands stay whatever the window and the filters: they are the frame, not the content.
  const bands: BandItem[] = bandItems(data.bands ?? [], new Date(max + 365 * DAY));
  const items = new DataSet<Item | BandItem>([...bands, ...view(initialStart.getTime(), initialEnd.getTime())]);
  // The items for a window, changed in the DataSet only where they differ, so that vis-timeline redraws
  // once, and not at all when nothing changed.
  const refresh = (start: number, end: number) => {
    const next = view(start, end);
    const ids = new Set([...next, ...bands].map((i) => i.id));
    const stale = (items.getIds() as string[]).filter((id) => !ids.has(id));
    if (stale.length) items.remove(stale);
    // A bin keeps its id when the filters change its count: it is updated when its text differs.
    const changed = next.filter((i) => {
      const old = items.get(i.id) as Item | null;
      return !old || (i.what === 'bin' && old.content !== i.content);
    });
    if (changed.length) items.update(changed);
  };
  const refreshShown = () => {
    const w = timeline.getWindow();
    refresh(w.start.getTime(), w.end.getTime());
  };

  const options: TimelineOptions = {
    rtl: true,
    start: initialStart,
    end: initialEnd,
    min: new Date(min - 365 * DAY),
    max: new Date(max + 365 * DAY),
    zoomMin: 4 * DAY,
    zoomMax: (max - min) + 4 * pad,
    // The wheel zooms only with Ctrl held (a trackpad pinch arrives as Ctrl+wheel too); ⌘ is handled
    // below. A plain wheel never reaches vis-timeline, so the page scrolls as everywhere else.
    zoomKey: 'ctrlKey',
    height: '100%',
    orientation: { axis: 'top', item: 'top' },
    stack: true,
    showCurrentTime: false,
    selectable: true,
    multiselect: false,
    groupOrder: 'order',
    verticalScroll: true,
    // With bands, the first lane keeps a strip along its top for their labels, out of the items' way.
    margin: { item: { horizontal: 2, vertical: 4 }, axis: bands.length ? BAND_LABEL_STRIP : 4 },
    format: { minorLabels: narrow ? narrowMinorLabel : minorLabel, majorLabels: majorLabel },
    // vis-timeline spaces minor labels at least this many digit widths apart; on a phone the default 7
    // leaves a year with one label and no month.
    maxMinorChars: narrow ? 4 : 7,
    tooltip: { followMouse: false, overflowMethod: 'cap' },
    cluster: {
      maxItems: 3,
      titleTemplate: 'مجموعة من {count} أحداث: كبّر لرؤيتها',
      showStipes: false,
      // Rounds are the frame of the timeline and bins already count: only entries are clustered.
      clusterCriteria: (a: unknown, b: unknown) => (a as Item).what === 'entry' && (b as Item).what === 'entry'
        && (a as Item).id !== pinned && (b as Item).id !== pinned,
    },
  } as TimelineOptions;
  performance.mark('masar:timeline-prepared');

  await styled;

  await yieldToMain();
  box.replaceChildren();
  const timeline = new Timeline(box, items as never, groups as never, options);
  performance.mark('masar:timeline-created');
  shell.classList.add('ready');
  // Observable markers for the benchmark and the tests: the window shown, the first drawing and every redraw.
  const w0 = timeline.getWindow();
  shell.dataset.window = `${w0.start.getTime()},${w0.end.getTime()}`;
  // The lanes scroll inside the box (it is never taller than the screen); the column of lane names is
  // where they scroll, so it takes the keyboard too (arrows, Page Up/Down).
  const laneNames = box.querySelector('.vis-labelset')?.closest<HTMLElement>('.vis-panel');
  if (laneNames) {
    laneNames.tabIndex = 0;
    laneNames.setAttribute('role', 'group');
    laneNames.setAttribute('aria-label', 'أسماء المسارات: مرّر هنا لرؤية بقية المسارات');
  }
  let redraws = 0;
  let fitting = 0;
  // The items vis-timeline holds but has not drawn (in a cluster, in a lane below the view, outside the
  // window) are made and measured while the page is idle, rather than in the frame of the zoom or the
  // scroll that shows them (warm-items.ts). `data-warmed` counts them, for the tests.
  const visItems = () => Object.values((timeline as unknown as { itemSet: { items: Record<string, VisItem> } }).itemSet.items);
  let warming = 0;
  timeline.on('changed', () => {
    cancelAnimationFrame(fitting);
    fitting = requestAnimationFrame(() => { fitLabels(box); fitBandLabels(box); });
    cancelIdle(warming);
    warming = onIdle(() => { shell.dataset.warmed = String(Number(shell.dataset.warmed ?? 0) + warmItems(coldItems(visItems()))); });
    redraws += 1;
    shell.dataset.redraws = String(redraws);
    // The first drawing the reader sees: vis-timeline can draw under its loading screen first.
    if (!shell.dataset.firstDraw && !box.querySelector('.vis-loading-screen')) {
      performance.mark('masar:timeline-drawn');
      shell.dataset.firstDraw = String(Math.round(performance.now()));
    }
  });
  let pending = 0;
  timeline.on('rangechanged', (props: { start: Date; end: Date; byUser: boolean }) => {
    shell.dataset.window = `${props.start.getTime()},${props.end.getTime()}`;
    // vis-timeline removes its loading screen at the first redraw after the first range change; with the
    // context bands, that change (a zoom pressed before the timeline arrived) can come after the last
    // redraw, and the screen stayed over the timeline: one more redraw removes it.
    if (box.querySelector('.vis-loading-screen')) timeline.redraw();
    clearTimeout(pending);
    // A drag or a pinch sends bursts of changes; a move of ours (a button, an animation's end) is one.
    if (props.byUser) pending = window.setTimeout(refreshShown, 60);
    else refreshShown();
  });

  const animation = matchMedia('(prefers-reduced-motion: reduce)').matches ? false : { duration: 300, easingFunction: 'easeInOutQuad' as const };
  const lookup = (id: string | undefined) => (id ? itemById(id) ?? bins.get(id) : undefined);
  // Without animation, the items for the new window go in before it is set: vis-timeline draws both at
  // once, rather than the old items first and the new ones after its rangechanged, 200 ms later.
  const moveTo = (start: number, end: number) => {
    if (!animation) refresh(start, end);
    timeline.setWindow(new Date(start), new Date(end), { animation });
  };
  const zoomInto = (item: Item) => {
    const margin = Math.max(2 * DAY, (item.endMs - item.startMs) * 0.2);
    moveTo(item.startMs - margin, item.endMs + margin);
  };

  const select = (id: string | undefined, focus: boolean) => {
    const item = lookup(id);
    if (item?.what === 'bin') {
      card.textContent = '';
      timeline.setSelection([]);
      zoomInto(item);
      return;
    }
    card.innerHTML = item ? cardHtml(data, item) : '';
    const url = new URL(location.href);
    // The fragment names the entry's line in the list: a link copied from here leads to it without JavaScript too.
    if (item?.what === 'entry') { url.searchParams.set('entry', item.ref); url.hash = `e-${item.ref}`; }
    else { url.searchParams.delete('entry'); url.hash = ''; }
    history.replaceState(null, '', url);
    if (item?.what === 'entry' && pinned !== item.id) {
      pinned = item.id;
      // Updating the item makes vis-timeline cluster again, now without it.
      if (items.get(item.id)) items.update(item);
    }
    if (item) timeline.setSelection([item.id], focus ? { focus: true, animation: false as never } : undefined);
    else timeline.setSelection([]);
  };

  timeline.on('select', (props: { items: string[] }) => select(props.items[0], false));
  // A touch only selects: a finger that meant to pan or to look lands on a round as often as not, and
  // the round's card holds its link. A mouse click on a round opens its page.
  let touched = false;
  timeline.on('click', (props: { item: string | number | null }) => {
    const item = props.item !== null ? lookup(String(props.item)) : undefined;
    if (item?.what === 'round' && !touched) location.assign(`/rounds/${encodeURIComponent(item.ref)}/`);
  });
  timeline.on('doubleClick', (props: { item: string | number | null }) => {
    const item = props.item !== null ? lookup(String(props.item)) : undefined;
    if (item?.what === 'entry') location.assign(`/entries/${encodeURIComponent(item.ref)}/`);
  });

  // Captured before vis-timeline's own listeners: a plain wheel is the page's, ⌘+wheel (macOS) zooms.
  box.addEventListener('wheel', (ev) => {
    if (ev.ctrlKey) return;
    ev.stopPropagation();
    if (!ev.metaKey || ev.deltaY === 0) return;
    ev.preventDefault();
    if (ev.deltaY < 0) timeline.zoomIn(ZOOM_STEP / 2, { animation: false });
    else timeline.zoomOut(ZOOM_STEP / 2, { animation: false });
  }, { capture: true, passive: false });

  // vis-timeline cancels the default action of a press on its items, so a click left focus where it was
  // (a zoom button, or <main> after the skip link) and the arrows went there. A press focuses the timeline.
  box.addEventListener('pointerdown', (ev) => {
    touched = ev.pointerType === 'touch';
    box.focus({ preventScroll: true });
  });

  // Keyboard: arrows move through the drawn items in date order (left is later, right to left),
  // Enter opens the selected one (or zooms into a bin).
  let cursor: string | undefined;
  box.addEventListener('keydown', (ev) => {
    const visible = (items.get() as (Item | BandItem)[]).filter((i): i is Item => i.what !== 'band').sort((a, b) => a.startMs - b.startMs || a.id.localeCompare(b.id));
    if (visible.length === 0) return;
    const at = visible.findIndex((i) => i.id === (timeline.getSelection()[0] ?? cursor));
    let next = at;
    if (ev.key === 'ArrowLeft' || ev.key === 'ArrowDown') next = at < 0 ? 0 : Math.min(visible.length - 1, at + 1);
    else if (ev.key === 'ArrowRight' || ev.key === 'ArrowUp') next = at < 0 ? 0 : Math.max(0, at - 1);
    else if (ev.key === 'Home') next = 0;
    else if (ev.key === 'End') next = visible.length - 1;
    else if (ev.key === 'Enter' && at >= 0) {
      const item = visible[at]!;
      if (item.what === 'bin') zoomInto(item);
      else location.assign(item.what === 'round' ? `/rounds/${encodeURIComponent(item.ref)}/` : `/entries/${encodeURIComponent(item.ref)}/`);
      return;
    } else return;
    ev.preventDefault();
    const target = visible[next];
    cursor = target?.id;
    if (target?.what === 'bin') {
      card.textContent = target.title.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
      timeline.setSelection([target.id], { focus: true, animation: false as never });
    } else select(target?.id, true);
  });

  // Zoom steps and presets.
  shell.querySelectorAll<HTMLButtonElement>('[data-zoom]').forEach((b) => b.addEventListener('click', () => {
    const w = timeline.getWindow();
    const center = (w.start.getTime() + w.end.getTime()) / 2;
    const span = w.end.getTime() - w.start.getTime();
    const selected = lookup(String(timeline.getSelection()[0] ?? ''));
    // + and − as vis-timeline's zoomIn and zoomOut step.
    if (b.dataset.zoom === 'in') moveTo(center - span / (1 + ZOOM_STEP) / 2, center + span / (1 + ZOOM_STEP) / 2);
    else if (b.dataset.zoom === 'out') moveTo(center - span * (1 + ZOOM_STEP) / 2, center + span * (1 + ZOOM_STEP) / 2);
    else if (b.dataset.zoom === 'all') moveTo(fullStart.getTime(), fullEnd.getTime());
    else if (b.dataset.zoom === 'year') moveTo(center - 183 * DAY, center + 183 * DAY);
    else {
      const entry = selected?.what === 'entry' ? refById.get(selected.id)?.entry : undefined;
      const roundId = selected?.what === 'round' ? selected.ref : entry?.round;
      const round = rounds.find((r) => r.ref === roundId)
        ?? rounds.reduce<Item | undefined>((best, r) => (!best || Math.abs(r.startMs - center) < Math.abs(best.startMs - center) ? r : best), undefined);
      if (round) moveTo(round.startMs - 10 * DAY, round.endMs + 10 * DAY);
    }
  }));

  // One event at a time: the buttons and a swipe on the card step through the events the filters keep,
  // each shown close up (as ?entry= opens) with its card, which stays in view.
  const step = (dir: 1 | -1) => {
    const kept = keptEntries().sorted;
    const w = timeline.getWindow();
    const selected = lookup(String(timeline.getSelection()[0] ?? ''));
    const at = stepEntry(kept, selected?.what === 'entry' ? selected.id : undefined, [w.start.getTime(), w.end.getTime()], dir);
    const ref = at === undefined ? undefined : kept[at];
    if (!ref) return;
    const target = itemOf(ref);
    timeline.setWindow(new Date(target.startMs - 20 * DAY), new Date(target.endMs + 20 * DAY), { animation: false });
    pinned = target.id;
    // Drawn now rather than at the refresh that follows the window: only a drawn item can be selected.
    items.update(target);
    select(target.id, false);
    card.insertAdjacentHTML('afterbegin', `<p class="card-count">الحدث ${at! + 1} من ${kept.length}</p>`);
    card.scrollIntoView({ block: 'nearest' });
  };
  shell.querySelectorAll<HTMLButtonElement>('[data-step]').forEach((b) => b.addEventListener('click', () => step(b.dataset.step === 'prev' ? -1 : 1)));
  let swipeFrom: Touch | undefined;
  card.addEventListener('touchstart', (ev) => { swipeFrom = ev.touches.length === 1 ? ev.touches[0] : undefined; }, { passive: true });
  card.addEventListener('touchend', (ev) => {
    const to = ev.changedTouches[0];
    const dir = swipeFrom && to ? swipeStep(to.clientX - swipeFrom.clientX, to.clientY - swipeFrom.clientY) : 0;
    swipeFrom = undefined;
    if (dir !== 0) step(dir);
  });

  // Filters, reflected in the URL.
  const form = shell.querySelector<HTMLElement>('.filters');
  const actorSelect = form?.querySelector<HTMLSelectElement>('select[name=actor]');
  // A form the reader changed before the timeline arrived wins over the URL (applied below).
  if (!shell.dataset.formTouched) {
    form?.querySelectorAll<HTMLInputElement>('input[name=track]').forEach((i) => { i.checked = !filters.tracks || filters.tracks.has(i.value); });
    form?.querySelectorAll<HTMLInputElement>('input[name=kind]').forEach((i) => { i.checked = !filters.kinds || filters.kinds.has(i.value); });
    if (actorSelect) actorSelect.value = filters.actor;
  }
  form?.addEventListener('change', () => {
    const checked = (name: string) => {
      const boxes = [...(form.querySelectorAll<HTMLInputElement>(`input[name=${name}]`))];
      const on = boxes.filter((i) => i.checked).map((i) => i.value);
      return on.length === boxes.length ? null : new Set(on);
    };
    filters.tracks = checked('track');
    filters.kinds = checked('kind');
    filters.actor = actorSelect?.value ?? '';
    const url = new URL(location.href);
    for (const [k, v] of [['track', filters.tracks], ['kind', filters.kinds]] as const) {
      if (v) url.searchParams.set(k, [...v].join(',')); else url.searchParams.delete(k);
    }
    if (filters.actor) url.searchParams.set('actor', filters.actor); else url.searchParams.delete('actor');
    history.replaceState(null, '', url);
    renderFilterNotice(shell);
    kept = undefined;
    refreshShown();
  });

  // «Show everything» in the filter notice clears the filters in place (the link itself, to the same
  // address without them, is what a reader gets before the timeline is there).
  shell.querySelector<HTMLAnchorElement>('#filter-notice a')?.addEventListener('click', (ev) => {
    if (!form) return;
    ev.preventDefault();
    form.querySelectorAll<HTMLInputElement>('input[type=checkbox]').forEach((i) => { i.checked = true; });
    if (actorSelect) actorSelect.value = '';
    form.dispatchEvent(new Event('change'));
    box.focus();
  });

  if (shell.dataset.formTouched) {
    delete shell.dataset.formTouched;
    form?.dispatchEvent(new Event('change'));
  }
  if (shell.dataset.pendingStep) {
    step(shell.dataset.pendingStep === 'prev' ? -1 : 1);
    delete shell.dataset.pendingStep;
  }
  if (shell.dataset.pendingZoom) {
    shell.querySelector<HTMLButtonElement>(`[data-zoom="${shell.dataset.pendingZoom}"]`)?.click();
    delete shell.dataset.pendingZoom;
  }
  if (wantedItem) {
    select(wantedItem.id, true);
    box.focus();
  } else if (wanted) {
    // An old or mistyped link: say so instead of opening on the whole span as if nothing was asked.
    const status = shell.querySelector<HTMLElement>('#timeline-status');
    if (status) status.textContent = 'لم يُعثر على الحدث المطلوب في الرابط؛ ربما حُذف أو تغيّر عنوانه. يعرض الخط الزمني كل الأحداث.';
  }
}
