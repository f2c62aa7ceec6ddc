// The date a site prints in its header is the day the page was shown or saved («13 فبراير 2026» on a
// 2017 story): above the masthead, the menu or the section labels it is the header's, not the story's.
import { describe, expect, it } from 'vitest';
import { CATALOG_ROUNDS as rounds } from '../time/fixtures.ts';
import { cleanArticle } from '../../../src/ingest/clean/clean-article.ts';
import { dateArticle } from '../../../src/ingest/time/index.ts';

const HEAD = 'عبد الرحمانوف: الدول الضامنة ماضية في تنفيذ مذكرة مناطق تخفيف التوتر';
const BODY = 'أكد وزير الخارجية الكازاخستاني خيرات عبد الرحمانوف اليوم أن الدول الضامنة لاتفاق وقف الأعمال القتالية في سورية ماضية في تطبيق مذكرة مناطق تخفيف التوتر.';
const HEADER = 'الجمعة 13 فبراير 2026';
const reasonOf = (text: string, line: string) => cleanArticle(text, 0).dropped.find((d) => d.text === line)?.reason;
const dayOf = (text: string) => dateArticle(cleanArticle(text, 0).text.text, { rounds }).anchor?.edtf ?? null;

describe('a date above the site header', () => {
  it('is the day the page was shown, and dates nothing', () => {
    const text = `${HEADER}\nالرئيسية\nأخبار\n${HEAD}\n${BODY}`;
    expect(reasonOf(text, HEADER)).toBe('the day the page was shown (site header)');
    expect(dayOf(text)).toBeNull();
  });
  it('gives way to the story\'s own stamp under the headline', () => {
    expect(dayOf(`${HEADER}\nالرئيسية\n${HEAD}\nنشر في 16 مايو 2017\n${BODY}`)).toBe('2017-05-16');
  });
});

describe('a stamp that is the story\'s', () => {
  it('right above the headline stays a stamp', () => {
    const text = `الثلاثاء 16 مايو 2017\n${HEAD}\n${BODY}`;
    expect(reasonOf(text, 'الثلاثاء 16 مايو 2017')).toBe('publication stamp (kept for dating)');
    expect(dayOf(text)).toBe('2017-05-16');
  });
  it('under the section label stays a stamp', () => {
    const text = `سياسة\nالثلاثاء 16 مايو 2017\n${HEAD}\n${BODY}`;
    expect(reasonOf(text, 'الثلاثاء 16 مايو 2017')).toBe('publication stamp (kept for dating)');
    expect(dayOf(text)).toBe('2017-05-16');
  });
});

describe('a date right below the site header', () => {
  const MENU = 'الرئيسية\nأخبار\nسياسة\nاقتصاد';
  it('is the day the page was shown when the story has its own stamp, above or below it', () => {
    for (const text of [`${MENU}\n${HEADER}\n${HEAD}\nنشر في: 16 مايو 2017 - 10:15\n${BODY}`, `${MENU}\n${HEADER}\n${HEAD}\n${BODY}\nنشر في: 16 مايو 2017 - 10:15`]) {
      expect(reasonOf(text, HEADER)).toBe('the day the page was shown (site header)');
      expect(dayOf(text)).toBe('2017-05-16');
    }
  });
  it('under a whole menu is the day the page was shown, even alone: it dates nothing', () => {
    const text = `${MENU}\n${HEADER}\n${HEAD}\n${BODY}`;
    expect(reasonOf(text, HEADER)).toBe('the day the page was shown (site header)');
    expect(dayOf(text)).toBeNull();
  });
  it('under one section label, alone, is still the story\'s stamp', () => {
    expect(dayOf(`سياسة\nالثلاثاء 16 مايو 2017\n${HEAD}\n${BODY}`)).toBe('2017-05-16');
  });
});

