// The embedded timeline's filters: the items the address filters out are hidden, a year left empty with
// them, and the notice names what is filtered with a link to the same view on the interactive timeline.
import { filterSummary } from './filter-notice.ts';
import { passesTimelineFilters, readTimelineFilters } from '../lib/timeline-filter.ts';

type Labels = Record<string, Record<string, string>>;

export function mountEmbedTimeline(): void {
  const params = new URLSearchParams(location.search);
  const filters = readTimelineFilters(params);
  const labels = JSON.parse(document.getElementById('embed-labels')?.textContent ?? '{}') as Labels;
  for (const li of document.querySelectorAll<HTMLElement>('.embed-item')) {
    const lane = li.dataset.lane ?? '';
    const kind = li.dataset.kind;
    li.hidden = !passesTimelineFilters(filters, kind === undefined ? { lane } : { lane, entry: { kind, actors: (li.dataset.actors ?? '').split(' ').filter(Boolean) } });
  }
  for (const year of document.querySelectorAll<HTMLElement>('.embed-year')) year.hidden = !year.querySelector('.embed-item:not([hidden])');
  const notice = document.getElementById('filter-notice');
  const parts = filterSummary(params, (name, value) => labels[name]?.[value] ?? value);
  if (!notice || parts.length === 0) return;
  const what = notice.querySelector('.filter-what');
  if (what) what.textContent = parts.join(' · ');
  const link = notice.querySelector<HTMLAnchorElement>('a');
  if (link) link.href = `/${location.search}`;
  notice.hidden = false;
}
