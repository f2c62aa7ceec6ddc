// The code a teacher pastes into a class page to show one of the site's embed views (/embed/…): an
// iframe of the view, titled for screen readers, lazy, sending no referrer. Built at build time for the
// page's own view and in the browser for a filtered timeline, from the same function.

export interface EmbedView {
  /** The view's absolute address. */
  src: string;
  /** What the frame shows, read out by screen readers. */
  title: string;
  /** Its height in CSS pixels; the width follows the page (at most 640). */
  height: number;
}

const attribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedCode(view: EmbedView): string {
  return `<iframe src="${attribute(view.src)}" title="${attribute(view.title)}" width="640" height="${Math.round(view.height)}" loading="lazy" referrerpolicy="no-referrer"></iframe>`;
}

/** The filtered timeline's view: the embed address with the timeline's filters of `search` (a URL's query). */
export function timelineEmbedSrc(base: string, search: string, filterNames: readonly string[]): string {
  const from = new URLSearchParams(search);
  const url = new URL(base);
  for (const name of filterNames) {
    const value = from.get(name);
    if (value) url.searchParams.set(name, value);
  }
  return url.href;
}
