// vis-timeline's stylesheet, linked when the reader reaches for the timeline: `/` does not load it
// before. The page links it at the reach, beside the fetch of the items and the import of the island,
// so that its download overlaps theirs instead of waiting for the island to run.
import visCssUrl from 'vis-timeline/styles/vis-timeline-graph2d.min.css?url';

let linked: Promise<void> | undefined;

/** Links the stylesheet once; settles when it has loaded, or failed (the timeline is drawn either way). */
export function linkTimelineStylesheet(): Promise<void> {
  linked ??= new Promise<void>((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = visCssUrl;
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
  return linked;
}
