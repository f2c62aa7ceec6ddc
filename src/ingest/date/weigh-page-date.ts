import type { DatingResult } from '../dating-contract.ts';
import type { PendingMessage } from '../diagnostics/diagnostic.ts';
import type { PageDate } from '../shared/page-date.ts';

const listed = (says: string[]) => says.slice(0, 3).join('; ');

/**
 * When a web page's metadata date and the text's own evidence disagree, one warning at the metadata's
 * line saying which date was kept and why, and how to overrule it: the engine's own warnings point at
 * the clues, this one at the decision.
 */
export function weighPageDate(page: PageDate | undefined, dating: DatingResult): PendingMessage[] {
  const anchor = dating.anchor;
  if (!page || !anchor || anchor.method !== 'inferred') return [];
  const named = `the page's metadata (${page.field}) dates the article ${page.day}`;
  if (anchor.edtf === page.day) {
    const disagree = dating.messages.some((m) => m.severity === 'warning') ? anchor.conflicts.filter((c) => c.note.code !== 'meta') : [];
    if (disagree.length === 0) return [];
    return [{ offset: page.offset, severity: 'warning', rule: 'page-date', reason: `${named}, but the text's evidence disagrees (${listed(disagree.map((c) => `«${c.quote}»: ${c.says}`))}): kept the metadata's day, the stronger evidence; if the text is right, set published: in front matter at the top of the file` }];
  }
  const text = anchor.evidence.filter((e) => e.note.code !== 'meta').map((e) => `«${e.quote}»: ${e.says}`);
  return [{ offset: page.offset, severity: 'warning', rule: 'page-date', reason: `${named}, but the text's own evidence dates it ${anchor.edtf} (${listed(text)}): kept the text's date, which outweighs the metadata (a page re-stamped when its site moved); if the metadata is right, set published: ${page.day} in front matter at the top of the file` }];
}
