// The corpus articles as a maintainer saves them from the web: under a site header whose menu ends with
// the day the page was shown («الجمعة 13 فبراير 2026»), the story's own stamp under its headline (in
// the formats outlets print), and lists of other stories with dates of their own: at the foot under a
// heading, at the foot with none, or above the headline. The stamp must date the article, and neither
// the header's day nor a teaser's may ever be printed.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/ingest/clean/clean-article.ts';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { datedArticles, excludes } from '../wrapped-corpus.ts';
import { CATALOG_ROUNDS as rounds } from './fixtures.ts';

const EGYPTIAN = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const LEVANTINE = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const indic = (s: string) => s.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!);
const two = (n: number) => String(n).padStart(2, '0');
/** Publication stamps as outlets print them; an update stamp alone is weaker by design and left out. */
const STAMPS: ((y: number, m: number, d: number, w: number) => string)[] = [
  (y, m, d) => `نشر في: ${d} ${EGYPTIAN[m - 1]} ${y} - 10:15`,
  (y, m, d, w) => `${WEEKDAYS[w]} ${d} ${LEVANTINE[m - 1]} ${y}`,
  (y, m, d) => `${y}-${two(m)}-${two(d)} 10:15:00`,
  (y, m, d) => `${two(d)}/${two(m)}/${y}`,
  (y, m, d) => indic(`${d} ${LEVANTINE[m - 1]} ${y}`),
  (y, m, d) => `بقلم: سامر الحلبي - ${d} ${EGYPTIAN[m - 1]} ${y}`,
  (y, m, d) => `تاريخ النشر: ${y}/${two(m)}/${two(d)}`,
  (y, m, d, w) => `${WEEKDAYS[w]}، ${d} ${LEVANTINE[m - 1]}/${EGYPTIAN[m - 1]} ${y}`,
  (y, m, d) => `المصدر: وكالات | ${two(d)}.${two(m)}.${y}`,
];
const HEADER = ['الرئيسية', 'أخبار', 'سياسة', 'اقتصاد', 'الجمعة 13 فبراير 2026'];
const TEASERS = ['دي ميستورا يصل إلى دمشق في زيارة مفاجئة', '12 مارس 2018', 'المعارضة تعلن مشاركتها في أستانا', '3 يناير 2019'];
const FOOTER = 'جميع الحقوق محفوظة © 2026';
type Layout = (title: string, stamp: string, body: string[]) => string[];
/** Each layout and the share of articles that must take the stamp's day: a block above the headline
 *  loses the stamp when the article's own first lines are long paragraphs that do not read as story. */
const LAYOUTS: [string, Layout, number][] = [
  ['teasers under a heading at the foot', (t, s, b) => [...HEADER, t, s, ...b, 'أخبار ذات صلة', ...TEASERS, FOOTER], 0.95],
  ['teasers with no heading at the foot', (t, s, b) => [...HEADER, t, s, ...b, ...TEASERS, FOOTER], 0.95],
  ['a most-read block above the headline', (t, s, b) => [...HEADER, 'الأكثر قراءة', ...TEASERS, t, s, ...b, FOOTER], 0.8],
];

function wrapped(split: string, layout: Layout): { file: string; truth: string; got: string | null }[] {
  return datedArticles(split).map((a) => {
    // Blank lines are kept out: a page's text is read line by line either way.
    const stamp = STAMPS[a.index % STAMPS.length]!(a.y, a.m, a.d, a.weekday);
    const page = layout(a.lines[0]!, stamp, a.lines.slice(1)).join('\n');
    return { file: a.file, truth: a.truth, got: dateArticle(cleanArticle(page, 0).text.text, { rounds }).anchor?.edtf ?? null };
  });
}

describe.each(['train', 'dev'].flatMap((split) => LAYOUTS.map(([name, layout, share]) => ({ split, name, layout, share }))))('the $split split saved as web pages, $name', ({ split, layout, share }) => {
  const results = wrapped(split, layout);
  it('never prints a date that excludes the true day (the header\'s day, a teaser\'s)', () => {
    expect(results.filter((r) => excludes(r.got, r.truth))).toEqual([]);
  });
  it(`is dated to the stamp's day for ${share * 100} % of the articles or more`, () => {
    const exact = results.filter((r) => r.got === r.truth).length;
    expect(results.length).toBeGreaterThan(20);
    expect(exact / results.length).toBeGreaterThanOrEqual(share);
  });
});
