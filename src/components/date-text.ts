// The texts of a date as FormattedDate prints it, computed once a build for each date: a 10,000-entry
// build prints the same few thousand dates some 60,000 times, each read as EDTF and written out again,
// and the Hijri day of 20,000 of them asked of ICU (a third of a second). Here, not in src/lib/, because
// format-arabic-date.ts also ships in a page script, which has no use for it. Bounded, so the dev server
// cannot grow it without end.
import { formatDateSpan, type DateCertainty } from '../lib/format-date-span.ts';
import { formatHijriDate } from '../lib/format-hijri-date.ts';

const KEPT = 20_000;

/** `compute` remembered by `key`. */
function remembered<A extends unknown[]>(compute: (...args: A) => string, key: (...args: A) => string): (...args: A) => string {
  const texts = new Map<string, string>();
  return (...args) => {
    const k = key(...args);
    let text = texts.get(k);
    if (text === undefined) {
      text = compute(...args);
      if (texts.size >= KEPT) texts.clear();
      texts.set(k, text);
    }
    return text;
  };
}

/** formatDateSpan(edtf, certainty), remembered. */
export const dateText: (edtf: string, certainty: DateCertainty) => string = remembered(formatDateSpan, (edtf, certainty) => `${certainty} ${edtf}`);

/** formatHijriDate(isoDay), remembered. */
export const hijriDayText: (isoDay: string) => string = remembered(formatHijriDate, (isoDay) => isoDay);
