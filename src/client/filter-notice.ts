// The notice that a filter is on: a shared link with ?track=, ?kind= or ?actor= opens a partial
// timeline, and a reader who did not choose the filter must be able to tell, and undo it.

/** The URL parameters that filter the timeline, in the order the notice names them. */
export const FILTER_PARAMS = [
  { name: 'track', label: 'المسار' },
  { name: 'kind', label: 'نوع الحدث' },
  { name: 'actor', label: 'الفاعل' },
] as const;

/** One phrase per active filter, e.g. «المسار: أستانا، جنيف»; empty when nothing is filtered. */
export function filterSummary(params: URLSearchParams, labelOf: (name: string, value: string) => string): string[] {
  const parts: string[] = [];
  for (const { name, label } of FILTER_PARAMS) {
    const values = (params.get(name) ?? '').split(',').filter(Boolean);
    if (values.length > 0) parts.push(`${label}: ${values.map((v) => labelOf(name, v)).join('، ')}`);
  }
  return parts;
}

/** The same address without its filters (an entry named in it stays). */
export function withoutFilters(url: URL): URL {
  const out = new URL(url.href);
  for (const { name } of FILTER_PARAMS) out.searchParams.delete(name);
  return out;
}

/** The filter form's own wording for a value: the label of its checkbox or option. */
function formLabel(form: Element | null, name: string, value: string): string {
  const option = form?.querySelector(`select[name="${name}"] option[value="${CSS.escape(value)}"]`);
  if (option) return option.textContent?.trim() || value;
  const input = form?.querySelector(`input[name="${name}"][value="${CSS.escape(value)}"]`);
  return input?.closest('label')?.textContent?.trim() || value;
}

/** Fills (or hides) the notice from the page's current address. */
export function renderFilterNotice(shell: HTMLElement): void {
  const notice = shell.querySelector<HTMLElement>('#filter-notice');
  if (!notice) return;
  const url = new URL(location.href);
  const form = shell.querySelector('.filters');
  const parts = filterSummary(url.searchParams, (name, value) => formLabel(form, name, value));
  notice.hidden = parts.length === 0;
  if (parts.length === 0) return;
  const text = notice.querySelector<HTMLElement>('.filter-what');
  const reset = notice.querySelector<HTMLAnchorElement>('a');
  if (text) text.textContent = parts.join(' · ');
  if (reset) reset.href = withoutFilters(url).pathname + withoutFilters(url).search;
}
