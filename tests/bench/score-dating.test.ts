// The project's scorer (npm run score): its verdicts and counts on small hand-made content.
import { describe, expect, it } from 'vitest';
import { coverage, judge, scoreContent, summarize, type Gold } from '../../bench/score-dating.ts';

describe('judge', () => {
  it('calls an accepted day exact, a wider span holding it honest, a span missing it excluding', () => {
    const spec = { accept: ['2017-12-20', '2017-12-21'] };
    expect(judge(spec, '2017-12-21')).toBe('right');
    expect(judge(spec, '2017-12-19/2017-12-22')).toBe('honest');
    expect(judge(spec, '2017-12')).toBe('honest');
    expect(judge(spec, '2017-12-22')).toBe('excluding');
    expect(judge(spec, '2017-12-22/2017-12-30')).toBe('excluding');
  });

  it('takes a date inside a gold interval as right, one holding the whole interval as honest', () => {
    const spec = { within: '2017-12-21/2017-12-22' };
    expect(judge(spec, '2017-12-22')).toBe('right');
    expect(judge(spec, '2017-12-21/2017-12-22')).toBe('right');
    expect(judge(spec, '2017-12')).toBe('honest');
    expect(judge(spec, '2017-12-20/2017-12-21')).toBe('excluding');
  });

  it('counts no date, or one it cannot read, as refused', () => {
    expect(judge({ accept: ['2017-12-20'] }, undefined)).toBe('refused');
    expect(judge({ accept: ['2017-12-20'] }, 'soon')).toBe('refused');
  });
});

describe('coverage', () => {
  it('is the share of the snippet words in the text, Arabic spelling folded', () => {
    expect(coverage('انطلاق الجولة الثامنة', 'أعلن انطلاقُ الجولةِ الثامنة من محادثات أستانا')).toBe(1);
    expect(coverage('انطلاق الجولة الثامنة في أستانا', 'انطلاق الجولة')).toBeCloseTo(0.4);
    expect(coverage('', 'انطلاق')).toBe(0);
  });
});

describe('scoreContent', () => {
  const gold: Gold = {
    articles: [
      { file: 'a.txt', published: { accept: ['2017-12-20'] }, events: [
        { snippet: 'تنطلق غداً الجولة الثامنة', accept: ['2017-12-21'] },
        { snippet: 'اجتمع الوفد أمس بالمبعوث', accept: ['2017-12-19'] },
        { snippet: 'كلام لم يرد في أي مدخل', accept: ['2017-12-20'] },
      ] },
      { file: 'b.txt', published: { accept: ['2018-01-30'] } },
      { file: 'c.txt', published: { accept: ['2019-05-01'] } },
      { file: 'd.txt', published: { accept: ['2019-05-01'] } },
      { file: 'e.txt', about_talks: false, published: { accept: ['2019-05-01'] } },
      { file: 'f.txt', about_talks: false, published: { accept: ['2019-05-01'] } },
    ],
  };
  const articles = [
    { id: 'a', source: 'seeds/a.txt', published: '2017-12-20' },
    { id: 'b', source: 'seeds/b.txt', published: '2018-01-29/2018-01-31' },
    { id: 'c', source: 'seeds/c.txt', published: '2019-05-02' },
    { id: 'd', source: 'seeds/d.txt' },
    { id: 'e', source: 'seeds/e.txt', relevant: false },
    { id: 'f', source: 'seeds/f.txt', relevant: true },
  ];
  const entries = [
    { file: 'a-1.mdx', date: '2017-12-21', sources: [{ article: 'a', quote: 'وتنطلق غدا الجولة الثامنة من المحادثات' }] },
    { file: 'a-2.mdx', date: '2017-12-18', title: 'اجتماع الوفد بالمبعوث', sources: [{ article: 'a', quote: 'اجتمع الوفد أمس' }] },
    { file: 'f-1.mdx', date: '2019-05-01', sources: [{ article: 'f', quote: 'مباراة' }] },
  ];
  const { tally, lines } = scoreContent(gold, articles, entries);

  it('counts article dates: exact, honest interval with its width, excluding, refused', () => {
    expect(tally).toMatchObject({ articles: 4, articleRight: 1, articleHonest: 1, honestDays: [3], articleExcluding: 1, articleWrong: 2, articleMissing: 1 });
  });

  it('finds an event by the words its entry quotes or titles, and judges that entry\'s date', () => {
    expect(tally).toMatchObject({ events: 3, eventFound: 2, eventRight: 1, eventWrong: 1, eventExcluding: 1, eventHonest: 0 });
    expect(lines).toContain('  excluding: 2017-12-18 (a-2.mdx) for «اجتمع الوفد أمس بالمبعوث»');
    expect(lines).toContain('  not found: «كلام لم يرد في أي مدخل»');
  });

  it('recognizes an article not about the talks only when it is marked so and has no entries', () => {
    expect(tally).toMatchObject({ negatives: 2, negativesRight: 1 });
  });

  it('prints the figures README reports', () => {
    expect(summarize(tally).split('\n')).toEqual([
      'articles about the talks: 4: exact day 1 (25 %), honest interval 1 (3 days wide), excluding the day 1, refused 1',
      'events: 3: found 2 (67 %), dated right 1 (33 %), honest 0, excluding 1',
      'not about the talks: 2: recognized 1',
    ]);
  });
});
