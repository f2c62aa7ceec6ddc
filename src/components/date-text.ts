// The text of a date as FormattedDate prints it, computed once a build for each date and certainty: a
// 10,000-entry build prints the same few thousand dates some 60,000 times, each read as EDTF and
// written out again. Here, not in src/lib/format-arabic-date.ts, because that module also ships in a
// page script, which has no use for it. Bounded, so the dev server cannot grow it without end.
import { formatDateSpan, type DateCertainty } from '../lib/format-date-span.ts';

const KEPT = 20_000;
const texts = new Map<string, string>();

/** formatDateSpan(edtf, certainty), remembered. */
export function dateText(edtf: string, certainty: DateCertainty): string {
  const key = `${certainty} ${edtf}`;
  let text = texts.get(key);
  if (text === undefined) {
    text = formatDateSpan(edtf, certainty);
    if (texts.size >= KEPT) texts.clear();
    texts.set(key, text);
  }
  return text;
}
