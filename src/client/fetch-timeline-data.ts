// /timeline.json for the timeline island. The page starts it when the reader reaches for the timeline,
// beside the import of the island (vis-timeline), so that the two downloads overlap.
import type { TimelineData } from '../lib/timeline-data.ts';
import { unpackTimeline, type TimelineWire } from '../lib/timeline-wire.ts';

export async function fetchTimelineData(): Promise<TimelineData> {
  const res = await fetch('/timeline.json');
  if (!res.ok) throw new Error(`/timeline.json: HTTP ${res.status}`);
  return unpackTimeline((await res.json()) as TimelineWire);
}
