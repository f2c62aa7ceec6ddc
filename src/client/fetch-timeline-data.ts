// /timeline.json for the timeline island. The page starts it when the reader reaches for the timeline,
// beside the import of the island (vis-timeline), so that the two downloads overlap. It returns the
// packed form: the island unpacks it (src/lib/timeline-wire.ts), so `/` carries no unpacking code.
import type { TimelineWire } from '../lib/timeline-wire.ts';

export async function fetchTimelineData(): Promise<TimelineWire> {
  const res = await fetch('/timeline.json');
  if (!res.ok) throw new Error(`/timeline.json: HTTP ${res.status}`);
  return (await res.json()) as TimelineWire;
}
