// The timeline's filters as its address carries them (?track=astana,geneva&kind=statement&actor=<id>),
// read the same way by the interactive timeline (src/client/timeline.ts) and the embedded one
// (src/client/embed-timeline.ts), so a shared link and its embed show the same items.
import { OTHER_LANE } from './timeline-data.ts';

export interface TimelineFilters { tracks: Set<string> | null; kinds: Set<string> | null; actor: string }

/** What an item is, for the filters: its lane, and for an entry its kind and actors (a round has none). */
export interface FilteredItem { lane: string; entry?: { kind: string; actors: readonly string[] } }

export function readTimelineFilters(params: URLSearchParams): TimelineFilters {
  const set = (name: string) => (params.get(name) ? new Set(params.get(name)!.split(',').filter(Boolean)) : null);
  return { tracks: set('track'), kinds: set('kind'), actor: params.get('actor') ?? '' };
}

/** Whether the item is shown: entries tied to no round stay whatever the tracks; rounds whatever the kinds. */
export function passesTimelineFilters(f: TimelineFilters, item: FilteredItem): boolean {
  if (f.tracks && !f.tracks.has(item.lane) && item.lane !== OTHER_LANE) return false;
  if (!item.entry) return true;
  if (f.kinds && !f.kinds.has(item.entry.kind)) return false;
  if (f.actor && !item.entry.actors.includes(f.actor)) return false;
  return true;
}
