// The context bands' labels (band-items.ts) sit along the top of their band. The first lane, where the
// envoys' and the hosts' labels are, keeps a strip there that no round or entry enters (vis-timeline's
// `margin.axis`, which only the first lane gets); elsewhere a round can be there. On a phone a band can be
// a few pixels wide, and two bands' labels can meet: a label that would be cut, or drawn on another label
// or on a round or an entry, is hidden. The band stays; its name is in its tooltip and the list below.
/** Not fit-labels.ts's class: that one counts the rounds' and entries' labels the phone cannot show. */
const HIDDEN = 'band-label-hidden';

/** The height of the strip the band labels sit in, in CSS pixels (context-bands.css sets their line to it). */
export const BAND_LABEL_STRIP = 18;

const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

export function fitBandLabels(root: HTMLElement): void {
  const panel = root.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
  if (!panel) return;
  const kept: DOMRect[] = [];
  for (const item of root.querySelectorAll<HTMLElement>('.vis-item:not(.vis-background)')) {
    kept.push(item.getBoundingClientRect());
    const content = item.querySelector<HTMLElement>('.vis-item-content:not(.label-hidden)');
    if (content) kept.push(content.getBoundingClientRect());
  }
  // The envoys first: they frame every lane, so theirs are the labels kept when two meet. All measured
  // before any is marked (a hidden label keeps its box), so the page is laid out once, not once a label.
  const labels = [...root.querySelectorAll<HTMLElement>('.vis-item.vis-background.band .vis-item-content')]
    .sort((a, b) => Number(!a.closest('.band-envoy')) - Number(!b.closest('.band-envoy')))
    .map((label) => ({ label, drawn: label.getClientRects().length > 0, box: label.getBoundingClientRect(), overflows: label.scrollWidth > label.clientWidth + 0.5 }));
  const hidden = new Set<HTMLElement>();
  for (const { label, drawn, box, overflows } of labels) {
    if (!drawn) continue;
    const cut = overflows || box.left < panel.left - 0.5 || box.right > panel.right + 0.5;
    if (cut || box.width === 0 || kept.some((k) => k.width > 0 && overlaps(k, box))) hidden.add(label);
    else kept.push(box);
  }
  for (const { label } of labels) label.classList.toggle(HIDDEN, hidden.has(label));
}
