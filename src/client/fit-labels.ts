// Labels that would be cut at the edge of the lanes. vis-timeline writes a label from the item's start
// towards later days (leftwards here), so on a narrow screen the last rounds' numbers and the titles of
// entries near the edge ran past it. Such a label is hidden while it does not fit (the bar stays, and a tap or the
// arrows show its card), never drawn half. Moving it to the other side of its bar was tried: vis-timeline
// stacks items by where their labels are, so a moved label ran into its neighbour's («2219»).
const HIDDEN = 'label-hidden';

const outside = (r: DOMRect, panel: DOMRect) => r.left < panel.left - 0.5 || r.right > panel.right + 0.5;

export function fitLabels(root: HTMLElement): void {
  const panel = root.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
  if (!panel) return;
  // Every label is measured first and marked after: a hidden label keeps its box (visibility), so the
  // marks change no measure, and the page is laid out once after each redraw rather than once a label.
  const contents = [...root.querySelectorAll<HTMLElement>('.vis-item .vis-item-content')];
  const cut = new Set(contents.filter((content) => {
    if (content.getClientRects().length === 0) return false;
    const item = content.closest('.vis-item')!;
    // The item's own mark: a point's dot, a range's bar. A bar reaching past the edge is cut by the edge
    // itself (vis-timeline keeps its label in view); a dot past the edge takes its label with it.
    const mark = (item.querySelector('.vis-dot') ?? item).getBoundingClientRect();
    return !outside(mark, panel) && outside(content.getBoundingClientRect(), panel);
  }));
  for (const content of contents) content.classList.toggle(HIDDEN, cut.has(content));
}
