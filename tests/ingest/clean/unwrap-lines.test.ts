// Text pasted hard-wrapped (an e-mail, a PDF, a terminal) breaks every paragraph into lines of one
// width. Read as it stands, each broken line was a paragraph of its own: a short line a headline or a
// dateline, a weekday cut from its day. On the corpus that printed wrong days (a wrap at 45 columns
// dated seven training articles outside their true day). Unwrapped, the article must date as it does
// written one paragraph a line.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/ingest/clean/clean-article.ts';
import { unwrapLines } from '../../../src/ingest/clean/unwrap-lines.ts';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { datedArticles, excludes } from '../wrapped-corpus.ts';
import { CATALOG_ROUNDS as rounds } from '../time/fixtures.ts';

/** A greedy wrap at `width` columns, as a mail client or a PDF export does it. */
function wrap(text: string, width: number): string {
  return text.split('\n').map((line) => {
    const out: string[] = [];
    let cur = '';
    for (const word of line.split(' ')) {
      if (cur && cur.length + 1 + word.length > width) { out.push(cur); cur = word; } else cur = cur ? `${cur} ${word}` : word;
    }
    out.push(cur);
    return out.join('\n');
  }).join('\n');
}

const STORY = [
  'انطلاق الجولة الثامنة من محادثات أستانا',
  '',
  'انطلقت اليوم الخميس في العاصمة الكازاخستانية أستانا أعمال الجولة الثامنة من المحادثات حول سوريا، بمشاركة وفود الدول الضامنة روسيا وتركيا وإيران ووفدي الحكومة والمعارضة، على أن تستمر يومين.',
  '',
  'وقال رئيس الوفد الروسي ألكسندر لافرنتييف للصحفيين إن الاجتماعات الثنائية بدأت منذ الصباح، وإن الأطراف ستبحث ملف المعتقلين وخرائط مناطق خفض التصعيد في الجنوب والشمال.',
].join('\n');

describe('hard-wrapped text', () => {
  it('has the breaks inside its paragraphs turned into spaces, offsets unchanged', () => {
    const wrapped = wrap(STORY, 60);
    const out = unwrapLines(wrapped);
    expect(out).toHaveLength(wrapped.length);
    expect(out.split('\n')).toEqual(STORY.split('\n'));
  });

  it('keeps a break after a sentence\'s end, and a short headline\'s', () => {
    const wrapped = wrap(STORY.replace('على أن تستمر يومين.', 'على أن تستمر يومين.\nوتستمر الجولة يومين.'), 60);
    const lines = unwrapLines(wrapped).split('\n');
    expect(lines).toContain('انطلاق الجولة الثامنة من محادثات أستانا');
    expect(lines).toContain('وتستمر الجولة يومين.');
  });

  it('leaves text written a paragraph a line, and a page of short lines, as they are', () => {
    expect(unwrapLines(STORY)).toBe(STORY);
    const page = ['الرئيسية', 'أخبار', 'سياسة', 'انطلاق الجولة الثامنة من محادثات أستانا اليوم', 'وفد المعارضة يصل إلى العاصمة الكازاخستانية', 'لافرنتييف: نبحث ملف المعتقلين', 'جميع الحقوق محفوظة'].join('\n');
    expect(unwrapLines(page)).toBe(page);
  });

  it('takes no width from a line of one word (an address)', () => {
    const wrapped = `https://example.org/ar/news/2017/12/21/${'الجولة-الثامنة-'.repeat(6)}\n${wrap(STORY, 60)}`;
    expect(unwrapLines(wrapped).split('\n')).toContain(STORY.split('\n')[2]);
  });

  it('finds the column\'s width under a headline set wider than it (a newspaper\'s PDF)', () => {
    const headline = 'الجولة الثامنة من محادثات أستانا تنطلق اليوم في العاصمة الكازاخستانية بمشاركة وفود الدول الضامنة';
    const story = STORY.split('\n').slice(2).join('\n');
    const wrapped = `${headline}\n\n${wrap(story, 45)}`;
    expect(headline.length).toBeGreaterThan(45 + 12);
    expect(unwrapLines(wrapped).split('\n')).toEqual([headline, '', ...story.split('\n')]);
    // A story written a paragraph a line, with a block of related headlines of one length and no stop
    // under it: most of its text is wider than the headlines, so they are no wrapped column.
    const related = ['وفد المعارضة يصل إلى العاصمة الكازاخستانية للمشاركة في الجولة', 'لافرنتييف يبحث مع الوفد التركي ملف المعتقلين وخرائط المناطق', 'دي ميستورا يدعو الأطراف إلى جولة جديدة في جنيف قبل نهاية الشهر', 'الأمم المتحدة ترحب بنتائج اجتماعات الدول الضامنة في العاصمة'];
    const page = [STORY, '', ...related].join('\n');
    expect(unwrapLines(page)).toBe(page);
  });

  it('dates the training articles with a wide first line over a narrow column as it dates them unwrapped', () => {
    // The first line (a headline, or a page's menu) kept whole, the rest wrapped in a column: read with
    // the widest line as the width, nothing was unwrapped, and six of the training articles took a wrong day.
    const wrong: string[] = [];
    let runs = 0;
    for (const a of datedArticles('train')) {
      const [first, ...rest] = a.lines;
      const date = (t: string) => dateArticle(cleanArticle(t, 0).text.text, { rounds }).anchor?.edtf ?? null;
      for (const width of [45, 50]) {
        if (first!.length <= width + 12) continue;
        runs++;
        const got = date([first, '', wrap(rest.join('\n'), width)].join('\n'));
        if (excludes(got, a.truth)) wrong.push(`train/${a.file} at ${width}: ${got}`);
      }
    }
    expect(runs).toBeGreaterThan(40);
    expect(wrong).toEqual([]);
  });

  it('dates the training and dev articles as it dates them unwrapped, at the widths people wrap at', () => {
    // A headline within a word of the width, over its lead with no blank line between, reads as the
    // lead's first broken line (nothing tells them apart): allowed to move a verdict, never to a wrong day.
    const moved: string[] = [];
    const wrong: string[] = [];
    let runs = 0;
    for (const split of ['train', 'dev']) {
      for (const a of datedArticles(split)) {
        const text = a.lines.join('\n');
        const date = (t: string) => dateArticle(cleanArticle(t, 0).text.text, { rounds }).anchor?.edtf ?? null;
        const whole = date(text);
        for (const width of [60, 72, 100]) {
          const got = date(wrap(text, width));
          runs++;
          if (got !== whole) moved.push(`${split}/${a.file} at ${width}: ${whole} -> ${got}`);
          if (excludes(got, a.truth)) wrong.push(`${split}/${a.file} at ${width}: ${got}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(runs).toBeGreaterThan(200);
    expect(moved.length, moved.join('\n')).toBeLessThanOrEqual(2);
  });
});
