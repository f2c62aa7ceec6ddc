// The date a site prints in its header is the day the page was shown or saved («13 فبراير 2026» on a
// 2017 story): above the masthead, the menu or the section labels it is the header's, not the story's.
import { describe, expect, it } from 'vitest';
import { CATALOG_ROUNDS as rounds } from '../time/fixtures.ts';
import { cleanArticle } from '../../../src/ingest/clean/clean-article.ts';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { datedArticles, excludes } from '../wrapped-corpus.ts';

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
  it('right above the headline stays a stamp, in its place above it', () => {
    const text = `الثلاثاء 16 مايو 2017\n${HEAD}\n${BODY}`;
    expect(reasonOf(text, 'الثلاثاء 16 مايو 2017')).toBe('publication stamp (kept for dating)');
    expect(cleanArticle(text, 0).text.text.startsWith(`الثلاثاء 16 مايو 2017\n${HEAD}\n`)).toBe(true);
  });
});

describe('a date alone above the headline, where the page opens', () => {
  // The story's day, or the day the page was shown or saved («13 فبراير، 2026» on a 2017 story, a
  // crawler's or a header's): as often one as the other, so the story must agree with it.
  const TUESDAY = BODY.replace('اليوم', 'اليوم الثلاثاء');
  it('dates the story when the story agrees with it', () => {
    expect(dayOf(`الثلاثاء 16 مايو 2017\n${HEAD}\n${TUESDAY}`)).toBe('2017-05-16');
    expect(dayOf(`16 مايو 2017\n${HEAD}\n${TUESDAY}`)).toBe('2017-05-16');
  });
  it('is never printed when the story does not agree, and bounds it from above', () => {
    expect(dayOf(`13 فبراير، 2026\n${HEAD}\n${TUESDAY}`)).toBeNull();
    expect(dayOf(`13 فبراير، 2026\n${HEAD}\n${BODY}`)).toBeNull();
  });
  it('beside the site\'s own name it is its masthead\'s, read the same way', () => {
    for (const top of ['عنب بلدي - الجمعة 13 فبراير 2026', 'الشرق الأوسط | 13 فبراير 2026']) {
      expect(dayOf(`${top}\n${HEAD}\n${BODY}`), top).toBeNull();
      expect(dayOf(`${top}\n${HEAD}\nنشر في: 16 مايو 2017\n${BODY}`), top).toBe('2017-05-16');
    }
  });
  it('beside the weather it is the site header\'s, whatever city stands there', () => {
    for (const top of ['دمشق 12° | الجمعة 13 فبراير 2026', 'الجمعة 13 فبراير 2026 | بيروت 18°C']) {
      expect(dayOf(`${top}\n${HEAD}\n${BODY}`), top).toBeNull();
      expect(dayOf(`${top}\n${HEAD}\nنشر في: 16 مايو 2017\n${BODY}`), top).toBe('2017-05-16');
    }
  });
  it('in both calendars it is one date, and no more sure for it', () => {
    for (const top of ['الجمعة 25 شعبان 1447 هـ - 13 فبراير 2026 م', 'الجمعة 13 فبراير 2026 - 25 شعبان 1447', '25 شعبان 1447 هـ']) {
      expect(dayOf(`${top}\n${HEAD}\n${BODY}`), top).toBeNull();
      expect(dayOf(`${top}\n${HEAD}\nنشر في: 16 مايو 2017\n${BODY}`), top).toBe('2017-05-16');
    }
  });
  it('with a clock time, is the story\'s stamp when the story agrees; under the headline, always', () => {
    expect(dayOf(`16 مايو 2017 | 10:35\n${HEAD}\n${BODY}`)).toBe('2017-05-16');
    expect(dayOf(`${HEAD}\nالثلاثاء 16 مايو 2017\n${BODY}`)).toBe('2017-05-16');
  });
  it('with a clock time and a byline, is the story\'s stamp', () => {
    expect(dayOf(`بقلم: سامر الحلبي - 13 فبراير 2026 | 10:35\n${HEAD}\n${BODY}`)).toBe('2026-02-13');
  });
  it('with a clock time, a header\'s day the story does not agree with is never printed', () => {
    // The foreign minister named left office in 2019: the story is not of 2026.
    for (const top of ['الأحد 15 فبراير 2026 - 10:45', 'الإثنين 22 ديسمبر 2025 07:05 مـ', '13/02/2026 10:15']) {
      expect(dayOf(`${top}\n${HEAD}\n${BODY}`), top).toBeNull();
      expect(dayOf(`${top}\n${HEAD}\nنشر في: 16 مايو 2017\n${BODY}`), top).toBe('2017-05-16');
    }
  });
  it('under a section label or a menu ending in a call to action, opens the page all the same', () => {
    // A header's «today» stands under the site's labels as often as a story's stamp does: read as the
    // story's, a header's day of 2025 under «سياسة» dated 33 of 153 stories to that day.
    // Under another header's day too, one the clean stage took for the header's: a crawler's stamp may
    // stand under a site's «today» as well as a story's.
    for (const label of ['سياسة', 'الرئيسية\nأخبار\nاتصل بنا', 'الرئيسية » أخبار » سياسة', 'السبت 14 فبراير 2026\nالرئيسية\nأخبار']) {
      const text = `${label}\nالثلاثاء 16 مايو 2017\n${HEAD}\n${BODY}`;
      expect(reasonOf(text, 'الثلاثاء 16 مايو 2017'), label).toBe('publication stamp (kept for dating)');
      expect(cleanArticle(text, 0).text.text.startsWith(`الثلاثاء 16 مايو 2017\n${HEAD}\n`), label).toBe(true);
      expect(dayOf(`${label}\n${HEADER}\n${HEAD}\n${BODY}`), label).toBeNull();
      expect(dayOf(`${label}\nالثلاثاء 16 مايو 2017\n${HEAD}\n${TUESDAY}`), label).toBe('2017-05-16');
      expect(dayOf(`${label}\nالإثنين 22 ديسمبر 2025 07:05 م\n${HEAD}\n${TUESDAY}`), label).toBeNull();
      // The story's own date there dates it when its words agree (the envoy's era here), and only then.
      expect(dayOf(text), label).toBe('2017-05-16');
    }
  });
  it.each(['تسجيل الدخول', 'حجم الخط', 'أرسل لصديق', 'استمع للمقال', 'الوضع الليلي', 'تحميل التطبيق', 'أعلن معنا', 'القائمة', 'المزيد', 'حفظ', 'استمع', 'تعليق', 'إعدادات', 'بحث', 'فيديو', 'إنفوغراف', 'ثقافة'])('under a button or a header link alone on its line («%s»), opens the page all the same', (control) => {
    // Kept as a line of the story, each left a saved page's «today» of 2025 under it the story's stamp.
    expect(dayOf(`${control}\nالإثنين 22 ديسمبر 2025 07:05 مـ\n${HEAD}\n${TUESDAY}`)).toBeNull();
    expect(dayOf(`${control}\nالثلاثاء 16 مايو 2017\n${HEAD}\n${TUESDAY}`)).toBe('2017-05-16');
  });
  it.each(['دمشق 12°', 'بيروت ١٨°', 'حلب °12', 'دمشق 8° - 17°', '18°C', '12°'])('under the site\'s weather on a line of its own («%s»), opens the page all the same', (weather) => {
    // Kept as a line of the story (and taken for its headline), the weather left the day under it the
    // story's stamp: put above every developed article with a saved page's day of 2026, it dated 91 of them.
    expect(reasonOf(`${weather}\n${HEADER}\n${HEAD}\n${BODY}`, weather)).toBe('weather');
    expect(dayOf(`${weather}\nالإثنين 22 ديسمبر 2025 07:05 مـ\n${HEAD}\n${TUESDAY}`)).toBeNull();
    expect(dayOf(`${weather}\nالثلاثاء 16 مايو 2017\n${HEAD}\n${TUESDAY}`)).toBe('2017-05-16');
    expect(dayOf(`${weather}\n${HEAD}\nنشر في: 16 مايو 2017\n${BODY}`)).toBe('2017-05-16');
  });
  it('a temperature or an angle in a headline is the headline\'s', () => {
    for (const head of ['الحرارة تلامس 50 درجة', 'موسكو تستدير 90 درجة', 'حلب ١٢ درجة']) {
      const text = `${head}\nالأحد 10 يوليو 2023\n${BODY}`;
      expect(cleanArticle(text, 0).title, head).toBe(head);
      expect(dayOf(text), head).toBe('2023-07-10');
    }
  });
  it.each(['من نحن', 'النسخة الورقية'])('under a header tool the text keeps («%s»), is the header\'s day', (tool) => {
    // Kept for the engine (it marks a header's day), the tool above the day was not read as one: a saved
    // page's day of 2025 under it dated a story that says Tuesday to the Tuesday after it.
    expect(dayOf(`${tool}\nالإثنين 22 ديسمبر 2025 07:05 مـ\n${HEAD}\n${TUESDAY}`)).toBeNull();
    // A labelled stamp is the story's wherever it stands.
    expect(dayOf(`${tool}\n${HEAD}\nنشر في: 16 مايو 2017\n${BODY}`)).toBe('2017-05-16');
  });
  it('a headline that names a tool, or a header\'s day beside one, leaves the stamp under it the story\'s', () => {
    for (const top of ['أبرز الأخبار: جولة جديدة من محادثات أستانا', 'السبت 14 فبراير 2026 | من نحن']) {
      expect(dayOf(`${top}\nالثلاثاء 16 مايو 2017\n${TUESDAY}`), top).toBe('2017-05-16');
    }
  });
  it('a word of those in a headline is the headline\'s', () => {
    // «تعليق» alone is a button; «تعليق مفاوضات جنيف» is news.
    for (const head of ['تعليق مفاوضات جنيف', 'بحث ملف المعتقلين في أستانا', 'خطأ حسابي في أستانا', 'تسجيل دخول قافلة مساعدات', 'الوضع الليلي في إدلب']) {
      expect(cleanArticle(`${head}\n${BODY}`, 0).title, head).toBe(head);
    }
  });
  it('under a line of the story\'s, stays the story\'s stamp in its place', () => {
    // A short line that is not the headline («أخبار سوريا») may be the story's: read as the page's
    // opening there, a saved page's own date gave way to a day its text tells, and excluded the true one.
    const text = `أخبار سوريا\nالثلاثاء 16 مايو 2017\n${HEAD}\n${BODY}`;
    expect(reasonOf(text, 'الثلاثاء 16 مايو 2017')).toBe('publication stamp (kept for dating)');
    expect(cleanArticle(text, 0).text.text.startsWith('الثلاثاء')).toBe(false);
    expect(dayOf(text)).toBe('2017-05-16');
  });
});

describe('a day and month with no year where the page opens', () => {
  // «الجمعة 13 فبراير» is a header's today as often as a story's day: its weekday picks a year (2015
  // and 2026 for a Friday 13 February) that nothing else in the story need support.
  const TUESDAY = BODY.replace('اليوم', 'اليوم الثلاثاء');
  it('stays in its place above the headline, out of the story', () => {
    const text = `الجمعة 13 فبراير\n${HEAD}\n${BODY}`;
    expect(reasonOf(text, 'الجمعة 13 فبراير')).toBe('publication stamp (kept for dating)');
    expect(cleanArticle(text, 0).text.text.startsWith(`الجمعة 13 فبراير\n${HEAD}\n`)).toBe(true);
  });
  it('never lends its day and month to a story that does not agree', () => {
    expect(dayOf(`الجمعة 13 فبراير\n${HEAD}\n${BODY}`)).toBeNull();
    expect(dayOf(`الجمعة 13 فبراير\n${HEAD}\n${TUESDAY}`)).toBeNull();
  });
  it('gives way to the story\'s own stamp', () => {
    expect(dayOf(`الجمعة 13 فبراير\n${HEAD}\nنشر في: 16 مايو 2017\n${BODY}`)).toBe('2017-05-16');
    expect(dayOf(`Friday 13 February\n${HEAD}\n${BODY}\nنشر في: 16 مايو 2017`)).toBe('2017-05-16');
  });
  it('dates the story when its weekday and era agree', () => {
    expect(dayOf(`الثلاثاء 16 مايو\n${HEAD}\n${TUESDAY}`)).toBe('2017-05-16');
  });
  it('in a bar of live figures, read the same way', () => {
    for (const top of ['الدولار 13200 ليرة | اليورو 14100 ليرة | الجمعة 13 فبراير', 'الدولار الأمريكي 13200 ليرة • الذهب 450000 ليرة • الجمعة 13 فبراير 2026']) {
      expect(dayOf(`${top}\n${HEAD}\n${BODY}`), top).toBeNull();
      expect(dayOf(`${top}\n${HEAD}\nنشر في: 16 مايو 2017\n${BODY}`), top).toBe('2017-05-16');
    }
    // One figure beside it, a view count, may be the story's own stamp.
    expect(dayOf(`16 مايو 2017 | 1,245 مشاهدة\n${HEAD}\n${BODY}`)).toBe('2017-05-16');
  });
  it('beside the weather, read the same way', () => {
    for (const top of ['دمشق 12° الجمعة 13 فبراير', 'الجمعة 13 فبراير | بيروت 18°C', 'حلب ١٢ درجة - الجمعة ١٣ فبراير']) {
      expect(reasonOf(`${top}\n${HEAD}\n${BODY}`, top), top).toBe('publication stamp (kept for dating)');
      expect(dayOf(`${top}\n${HEAD}\n${BODY}`), top).toBeNull();
      expect(dayOf(`${top}\n${HEAD}\nنشر في: 16 مايو 2017\n${BODY}`), top).toBe('2017-05-16');
    }
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
  it('under one section label, alone, opens the page: a header\'s day the story does not agree with dates nothing', () => {
    expect(reasonOf(`سياسة\n${HEADER}\n${HEAD}\n${BODY}`, HEADER)).toBe('publication stamp (kept for dating)');
    expect(dayOf(`سياسة\n${HEADER}\n${HEAD}\n${BODY}`)).toBeNull();
  });
});

describe('a headline above a numeric stamp', () => {
  it('ending with a track\'s name does not number a round with the stamp\'s day', () => {
    const text = 'غموض حول حضور الأكراد محادثات أستانة\n11/01/2017\nأكد مسؤول كردي أمس الثلاثاء أن الدعوة لن توجه إلى وحدات حماية الشعب لحضور محادثات أستانة.';
    const r = dateArticle(cleanArticle(text, 0).text.text, { rounds });
    expect(r.expressions.filter((e) => e.kind === 'round').map((e) => e.stated.round)).not.toContain(11);
    expect(r.anchor?.edtf).toBe('2017-01-11');
  });
  it('ending with a weekday does not lend it to the stamp\'s day', () => {
    // 30 August 2019 was a Friday; the headline's Saturday is the meeting's.
    const text = 'الأطراف السورية تجتمع في جنيف يوم السبت\n30/08/2019\nأعلن المبعوث الأممي غير بيدرسن أن الأطراف السورية ستجتمع في جنيف يوم السبت المقبل.';
    const stamp = dateArticle(text, { rounds }).expressions.find((e) => e.kind === 'numeric-date')!;
    expect(stamp.text).toBe('30/08/2019');
    expect(stamp.stated.weekday).toBeUndefined();
  });
  it('ending with a month does not take the stamp\'s year', () => {
    const text = 'الضامنون يبحثون موعد الجولة المقبلة نهاية أغسطس\n2020-06-16\nأعلن المبعوث الأممي غير بيدرسن اليوم الثلاثاء أن الضامنين سيبحثون موعد الجولة المقبلة في نهاية آب/أغسطس.';
    const r = dateArticle(cleanArticle(text, 0).text.text, { rounds });
    expect(r.expressions.find((e) => e.text.startsWith('نهاية أغسطس'))?.stated.year).toBeUndefined();
    expect(r.anchor?.edtf).toBe('2020-06-16');
  });
  it('a weekday alone on the line above is the stamp\'s own', () => {
    const stamp = dateArticle('الجمعة\n30/08/2019\nأعلن المبعوث الأممي غير بيدرسن أن الأطراف السورية ستجتمع في جنيف.', { rounds }).expressions.find((e) => e.kind === 'numeric-date')!;
    expect(stamp.stated.weekday).toBe(5);
  });
});

describe('the day a page was printed or visited', () => {
  it.each(['تاريخ الطباعة: 13/02/2026 10:15', 'طبع بتاريخ 13 فبراير 2026', 'تاريخ الزيارة: 13 فبراير 2026', 'Printed on 13 February 2026'])('«%s» dates nothing', (line) => {
    for (const text of [`${line}\n${HEAD}\n${BODY}`, `${HEAD}\n${BODY}\n${line}`]) {
      expect(reasonOf(text, line)).toBe('the day the page was printed or visited');
      expect(dayOf(text)).toBeNull();
    }
  });
  it('leaves the story\'s own stamp to date it', () => {
    expect(dayOf(`${HEAD}\nنشر في: 16 مايو 2017\n${BODY}\nتاريخ الطباعة: 13/02/2026 10:15`)).toBe('2017-05-16');
  });
});

describe('a page that shows the story\'s age', () => {
  it('prints the day it was shown away from the age: that date dates nothing', () => {
    for (const text of [`${HEADER}\n${HEAD}\nمنذ 7 سنوات\n${BODY}`, `${HEAD}\nمنذ 7 سنوات\n${BODY}\n${HEADER}`]) {
      expect(reasonOf(text, HEADER)).toBe('the day the page was shown (the story shows its age)');
      expect(dayOf(text)).toBeNull();
    }
  });
  it('a date right beside the age is the story\'s own', () => {
    expect(dayOf(`${HEAD}\n16 مايو 2017\nمنذ 7 سنوات\n${BODY}\n${HEADER}`)).toBe('2017-05-16');
  });
  it('an age under a day leaves the page\'s date: the story is of that day', () => {
    expect(dayOf(`${HEAD}\nمنذ 3 ساعات\n${BODY}\nالجمعة 16 مايو 2025`)).toBe('2025-05-16');
  });
});

describe('a page printed from a browser', () => {
  // The print's day and time head its first line, before the page's title; its address and the page's
  // number close each printed page.
  const FOOTER = 'https://www.example.com/news/details/881234 1/2';
  it('dates nothing by the day it was printed', () => {
    for (const top of [`13/02/2026, 10:35 ${HEAD}`, `2/13/26, 10:35 AM ${HEAD}`]) {
      const text = `${top}\n${HEAD}\n${BODY}\n${FOOTER}`;
      expect(reasonOf(text, top), top).toBe('the day the page was printed or visited');
      expect(reasonOf(text, FOOTER)).toBe('a printed page\'s address and number');
      expect(dayOf(text), top).toBeNull();
      expect(dayOf(`${top}\n${HEAD}\nنشر في: 16 مايو 2017\n${BODY}\n${FOOTER}`), top).toBe('2017-05-16');
    }
  });
  it('without the printed footer, a date and time opening the page is its stamp', () => {
    expect(dayOf(`16/05/2017, 10:35\n${HEAD}\n${BODY}`)).toBe('2017-05-16');
  });
});

describe('the day a live box shows', () => {
  // A sidebar pasted under the story: the exchange rate or the weather «آخر تحديث» the day the page was shown.
  const STORY = `${HEAD}\n${BODY}\nوأضاف الوزير أن الاجتماع المقبل سيعقد في العاصمة الكازاخية.`;
  it('under its title is the page\'s day, and dates nothing', () => {
    for (const box of ['الليرة السورية لحظة بلحظة', 'أسعار العملات', 'حالة الطقس', 'النشرة اليومية']) {
      const text = `${STORY}\n\n${box}\n\nآخر تحديث: 2024-04-19 20:09:52\n\nنحن نستخدم ملفات كوكيز`;
      expect(reasonOf(text, 'آخر تحديث: 2024-04-19 20:09:52'), box).toBe('the day a live box shows (rates, weather)');
      expect(dayOf(text), box).toBeNull();
    }
  });
  it('on the box\'s own line, a bulletin\'s («النشرة اليومية | الأحد 12 أيار 2024»), dates nothing', () => {
    const text = `${STORY}\n\nالنشرة اليومية | الأحد 12 أيار 2024\nاشترك الآن`;
    expect(reasonOf(text, 'النشرة اليومية | الأحد 12 أيار 2024')).toBe('the day a live box shows (rates, weather)');
    expect(dayOf(text)).toBeNull();
  });
  it('a readers\' poll\'s closing day, on a short line of its own, dates nothing', () => {
    const text = `${STORY}\n\nاستطلاع رأي\nهل تنجح الجولة المقبلة من المحادثات؟\nينتهي الاستطلاع في 30 حزيران 2022`;
    expect(reasonOf(text, 'ينتهي الاستطلاع في 30 حزيران 2022')).toBe('the day a live box shows (rates, weather)');
    expect(dayOf(text)).toBeNull();
  });
  it('is not a story\'s own update stamp at its foot', () => {
    const text = `${STORY}\n\nآخر تحديث: 2017-05-16 20:09:52`;
    expect(reasonOf(text, 'آخر تحديث: 2017-05-16 20:09:52')).toBe('publication stamp (kept for dating)');
  });
});

describe('a header date with its tools a few lines below', () => {
  it('is still the day the page was shown when a video\'s title and length stand between', () => {
    const text = `السبت 20 ابريل 2024 أبوظبي\nفيديو | مؤتمر صحفي للمبعوث الأممي\n02:35\nمواقيت الصلاة\nأبرز الأخبار\n${HEAD}\n${BODY}`;
    expect(dayOf(text)).toBeNull();
  });
});

describe('boxes above the headline that print no story', () => {
  const titleOf = (text: string) => cleanArticle(text, 0).title;
  it('a prayer-times box is dropped, and the headline under it stays the title', () => {
    const box = ['مواقيت الصلاة في دمشق', 'الفجر 4:35', 'الظهر ١٢:٠٥', 'العصر 3:30 م', 'المغرب 6:10', 'العشاء: 7:25'];
    const text = `${box.join('\n')}\n${HEAD}\n${BODY}`;
    for (const line of box) expect(reasonOf(text, line), line).toBe('prayer times');
    expect(titleOf(text)).toBe(HEAD);
  });
  it('a menu\'s «مواقيت الصلاة» is no box over the story\'s stamp under it', () => {
    const stamp = 'الثلاثاء 16 أيار 2017 - 10:35';
    expect(reasonOf(`الرئيسية\nأخبار\nمواقيت الصلاة\n${stamp}\n${HEAD}\n${BODY}`, stamp)).toBe('publication stamp (kept for dating)');
  });
  it('a print paper\'s issue number is dropped; a dated one stays, as its stamp', () => {
    for (const issue of ['العدد 14356', 'العدد ٢٨٠٤ - السنة العاشرة']) {
      const text = `${issue}\n${HEAD}\n${BODY}`;
      expect(reasonOf(text, issue), issue).toBe('issue number');
      expect(titleOf(text), issue).toBe(HEAD);
    }
    expect(reasonOf(`العدد 14356 - الثلاثاء 16 أيار 2017\n${HEAD}\n${BODY}`, 'العدد 14356 - الثلاثاء 16 أيار 2017')).not.toBe('issue number');
  });
  it('a story line that opens on a prayer\'s name or a count stays', () => {
    const text = `${HEAD}\n${BODY}\nالعدد 14 من المعتقلين أفرج عنهم بعد صلاة الظهر، وفق ما قاله مصدر في الهيئة.`;
    expect(reasonOf(text, 'العدد 14 من المعتقلين أفرج عنهم بعد صلاة الظهر، وفق ما قاله مصدر في الهيئة.')).toBeUndefined();
  });
});

describe('an archive\'s list of months under the story', () => {
  const ARCHIVE = ['أرشيف الأخبار', 'كانون الثاني/يناير 2019', 'فبراير 2019 (14)', 'مارس 2019'];
  it('is dropped, so its months date nothing', () => {
    const text = `${HEAD}\n${BODY}\n\n${ARCHIVE.join('\n')}`;
    for (const line of ARCHIVE.slice(1)) expect(reasonOf(text, line), line).toBe('archive list of months');
    expect(cleanArticle(text, 0).text.text).not.toContain('2019');
  });
  it('a chronology\'s month headings, each over its paragraph, are no archive', () => {
    const text = `${HEAD}\n\nكانون الثاني 2017\n\nانطلقت في أستانا الجولة الأولى من المحادثات برعاية روسيا وتركيا وإيران.\n\nأيار 2017\n\nوقعت الدول الضامنة مذكرة إنشاء مناطق تخفيف التوتر في ختام الجولة الرابعة.`;
    expect(reasonOf(text, 'كانون الثاني 2017')).not.toBe('archive list of months');
    expect(reasonOf(text, 'أيار 2017')).not.toBe('archive list of months');
  });
});

describe('dated lines of other things above the story', () => {
  it('a rates box\'s own line with its day is the page\'s day, and dates nothing', () => {
    const line = 'سعر الدولار اليوم الأربعاء 13 مارس 2024: 13500 ليرة';
    const text = `${line}\n${HEAD}\n${BODY}`;
    expect(reasonOf(text, line)).toBe('the day a live box shows (rates, weather)');
    expect(dayOf(text)).not.toBe('2024-03-13');
  });
  it('a date under such a box still opens the page, above the title', () => {
    for (const above of ['مواقيت الصلاة\nالفجر 4:35\nالظهر 12:05', 'العدد 14356', 'سعر الدولار اليوم الأربعاء 13 مارس 2024: 13500 ليرة']) {
      const clean = cleanArticle(`${above}\n2024-05-04\n${HEAD}\n${BODY}`, 0);
      expect(clean.text.text.startsWith('2024-05-04'), above).toBe(true);
    }
  });
});

describe('a date with a clock time above the headline', () => {
  const LINE = 'الإثنين 22 ديسمبر 2025 07:05 م 2 رجب 1447 هـ';
  const story = (weekday: string) => `${LINE}\nالأمم المتحدة: الهدوء يسود مناطق خفض التصعيد في سوريا\nأفادت الأمم المتحدة، اليوم ${weekday}، بأن الهدوء يسود مناطق خفض التصعيد الأربع في سوريا، وفق ما قاله المنسق الأممي للشؤون الإنسانية في مؤتمر صحفي عقده في نيويورك.`;
  it('is the story\'s stamp when its weekday is the story\'s «اليوم»', () => {
    expect(dayOf(story('الاثنين'))).toBe('2025-12-22');
  });
  it('is the page\'s clock when the story\'s «اليوم» is another weekday: it dates nothing', () => {
    expect(dayOf(story('الخميس'))).not.toBe('2025-12-22');
  });
});

describe('lines above the page\'s date that tell no day', () => {
  // A close button, a video's length, the weather, a weekday or a clock alone: the page's widgets. With
  // one of them above the header's date, that date was read as the story's own stamp under the headline,
  // and a header's day of 2026 dated a story of 2017.
  const TOPS = ['×', 'فيديو | 03:45', 'دمشق 23° | الخميس', 'الأحد', 'اليوم الخميس', 'الأحد 10:45 صباحاً', 'عاجل | الرئاسة: بيان مهم بعد قليل'];
  it.each(TOPS)('«%s» leaves the date under it the page\'s opening', (top) => {
    const text = `${top}\n13 فبراير، 2026\n${HEAD}\n${BODY}`;
    expect(cleanArticle(text, 0).text.text.startsWith(`13 فبراير، 2026\n${HEAD}\n`)).toBe(true);
    expect(dayOf(text)).toBeNull();
    expect(dayOf(`${top}\n13 فبراير، 2026\n${HEAD}\nنشر في: 16 مايو 2017\n${BODY}`)).toBe('2017-05-16');
  });
  it('a weekday or a clock alone there is dropped: whose day it is, the header\'s or the story\'s, is unknown', () => {
    expect(reasonOf(`الأحد\n${HEAD}\n${BODY}`, 'الأحد')).toBe('the day the page was shown (a weekday alone)');
    expect(reasonOf(`اليوم الخميس\n${HEAD}\n${BODY}`, 'اليوم الخميس')).toBe('the day the page was shown (a weekday alone)');
    expect(reasonOf(`الأحد 10:45 صباحاً\n${HEAD}\n${BODY}`, 'الأحد 10:45 صباحاً')).toBe('a clock or a weekday above the headline, with no date');
    expect(dayOf(`اليوم الخميس\n${HEAD}\n${BODY}`)).toBeNull();
  });
});

describe('a page\'s date in two lines, one a calendar', () => {
  it('is one header: read as the first line alone is', () => {
    for (const top of ['الأحد 15 فبراير 2026\n27 شعبان 1447 هـ', '27 شعبان 1447 هـ\n15 فبراير 2026 م']) {
      const text = `${top}\n${HEAD}\n${BODY}`;
      expect(cleanArticle(text, 0).text.text.startsWith(`${top}\n${HEAD}\n`), top).toBe(true);
      expect(dayOf(text), top).toBeNull();
      expect(dayOf(`${top}\n${HEAD}\nنشر في: 16 مايو 2017\n${BODY}`), top).toBe('2017-05-16');
    }
  });
});

describe('a date alone on the page\'s last line, below the story', () => {
  // The story's stamp, or a footer's «today» or a crawler's day: read as the page's opening date is.
  it('dates the story when the story agrees with it', () => {
    expect(dayOf(`${HEAD}\n${BODY}\n16 مايو 2017`)).toBe('2017-05-16');
    expect(dayOf(`${HEAD}\n${BODY}\n16/05/2017 10:35`)).toBe('2017-05-16');
  });
  it('is never printed when the story does not agree', () => {
    for (const foot of ['13 فبراير 2026', 'الجمعة 13 فبراير 2026', '13/02/2026 10:15']) {
      expect(dayOf(`${HEAD}\n${BODY}\n${foot}`), foot).toBeNull();
      expect(dayOf(`${HEAD}\nنشر في: 16 مايو 2017\n${BODY}\n${foot}`), foot).toBe('2017-05-16');
    }
  });
  it('with a label it is the story\'s stamp', () => {
    expect(dayOf(`${HEAD}\n${BODY}\nنشر في: 13 فبراير 2026`)).toBe('2026-02-13');
  });
});

describe('page tops over the training and dev stories', () => {
  // Each story with a crawler's header above it (in two lines, or under a widget line, a section label or
  // a menu) or its day on the page's last line: no printed date may exclude its true day. Before, the
  // two-line header dated 70 of the 153 stories of the splits and held-out sets to the header's day,
  // «اليوم الخميس» alone on top printed 27 wrong days, a header with a clock time 48, a date alone on the
  // page's last line 52, a Latin header («Sunday, February 15, 2026») 58; a header under a section label
  // 33, under a breadcrumb 34, under a menu ending in «اتصل بنا» 35.
  const FOOT = 'الأحد 15 فبراير 2026';
  // Each a few seconds on a loaded machine (a hundred stories dated): above vitest's five.
  const SLOW = 60_000;
  const PAGES: [string, (lines: string) => string][] = [
    ['a header in two lines', (t) => `الأحد 15 فبراير 2026\n27 شعبان 1447 هـ\n${t}`],
    ['«اليوم الخميس» above', (t) => `اليوم الخميس\n${t}`],
    ['a header under a video\'s length', (t) => `فيديو | 03:45\nالأحد 15 فبراير 2026\n${t}`],
    ['a weekday alone above', (t) => `الأحد\n${t}`],
    ['a header with a clock', (t) => `الأحد 15 فبراير 2026 - 10:45\n${t}`],
    ['a Latin header', (t) => `Sunday, February 15, 2026\n${t}`],
    ['a date on the last line', (t) => `${t}\n${FOOT}`],
    ['a header under a section label', (t) => `سياسة\nالأحد 15 فبراير 2026\n${t}`],
    ['a header with a clock under a section label', (t) => `سياسة\nالأحد 15 فبراير 2026 07:05 م\n${t}`],
    ['a header under a breadcrumb', (t) => `الرئيسية » أخبار » سياسة\nالأحد 15 فبراير 2026\n${t}`],
    ['a header under a menu ending in a call to action', (t) => `الرئيسية\nأخبار\nسياسة\nاتصل بنا\nالأحد 15 فبراير 2026\n${t}`],
  ];
  it.each(PAGES)('under %s, never date a story to a day it was not written', (_, page) => {
    const wrong: string[] = [];
    const byChance: string[] = [];
    let runs = 0;
    for (const split of ['train', 'dev']) {
      for (const a of datedArticles(split)) {
        runs++;
        const got = dayOf(page(a.lines.join('\n')));
        // A story that names no day of its own agrees with the header's by chance: the header's day is
        // then the likeliest (its weekday told as «اليوم»), and no page says otherwise.
        if (excludes(got, a.truth)) (got === '2026-02-15' ? byChance : wrong).push(`${split}/${a.file}: ${got}`);
      }
    }
    expect(runs).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
    expect(byChance.length).toBeLessThanOrEqual(2);
  }, SLOW);
  it('leave a story dated by its own words dated', () => {
    // A date that is the story's day or the page's leaves the story's own evidence to speak: scored as a
    // sharp date, it left only its own week looked at, and eight of the stories lost their day or interval.
    const lost: string[] = [];
    for (const split of ['train', 'dev']) {
      for (const a of datedArticles(split)) {
        const alone = dayOf(a.lines.join('\n'));
        if (alone === null || excludes(alone, a.truth)) continue;
        for (const [name, page] of [['header', `${FOOT}\n${a.lines.join('\n')}`], ['foot', `${a.lines.join('\n')}\n${FOOT}`]]) {
          if (dayOf(page!) === null) lost.push(`${split}/${a.file} (${name}): ${alone} -> refused`);
        }
      }
    }
    expect(lost.length, lost.join('\n')).toBeLessThanOrEqual(2);
  }, SLOW);
  it('a story\'s own stamp with a clock above its headline still dates most of them', () => {
    let exact = 0;
    let all = 0;
    for (const split of ['train', 'dev']) {
      for (const a of datedArticles(split)) {
        all++;
        if (dayOf(`${a.d} ${['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'][a.m - 1]} ${a.y} | 10:35\n${a.lines.join('\n')}`) === a.truth) exact++;
      }
    }
    expect(exact / all).toBeGreaterThan(0.8);
  }, SLOW);
});

describe('a line that says when the page was saved', () => {
  // A browser's or a reader's line («حُفظت في 2024-02-11»): the day of saving, years after the story,
  // printed as its date before. Invented (hunt 14).
  it('dates nothing, in any of its wordings', () => {
    for (const saved of ['حُفظت في 2024-02-11', 'تم الحفظ في 2024-02-11', 'حُفظ بتاريخ 2024-02-11', 'تم حفظ الصفحة من الإنترنت بتاريخ 2024-02-11', 'نسخة محفوظة بتاريخ 11 شباط 2024', 'Saved on 2024-02-11']) {
      expect(dayOf(`${saved}\nالرئيسية\n${HEAD}\n${BODY}`), saved).toBeNull();
    }
  });
  it('gives way to the story\'s own day', () => {
    expect(dayOf(`حُفظت في 2024-02-11\n${HEAD}\n${BODY.replace('اليوم', 'اليوم الثلاثاء 16 أيار 2017،')}`)).toBe('2017-05-16');
  });
});

describe('a line labelled as the publication day under the masthead', () => {
  // «نشر في: 22/09/2023» right under the site's name, and a reader's comment dated two days later at the
  // foot: two stamps, and the header rule took the first for the page's «today». Its label names it the
  // story's. Invented (hunt 14).
  it('stays the story\'s stamp when the page holds other dates', () => {
    const text = `زمان الوصل\nنشر في: 16/05/2017\n${HEAD}\n${BODY}\nأبو خالد | 18/05/2017 21:40\nكلام مكرر.`;
    expect(reasonOf(text, 'نشر في: 16/05/2017')).toBe('publication stamp (kept for dating)');
    // The comment's day is a second stamp still: an interval from the labelled day, not the comment's.
    expect(dayOf(text)).toMatch(/^2017-05-16(\/|$)/);
  });
  it('in its other wordings too', () => {
    for (const label of ['نُشرت في:', 'منشور في:', 'نشر يوم', 'تاريخ الإضافة:']) {
      const text = `زمان الوصل\n${label} 16/05/2017\n${HEAD}\n${BODY}\nأبو خالد | 18/05/2017 21:40\nكلام مكرر.`;
      expect(dayOf(text), label).toMatch(/^2017-05-16(\/|$)/);
    }
  });
  it('while an unlabelled date there is still the header\'s', () => {
    const text = `زمان الوصل\n16/05/2017\n${HEAD}\n${BODY}\nأبو خالد | 18/05/2017 21:40\nكلام مكرر.`;
    expect(reasonOf(text, '16/05/2017')).toBe('the day the page was shown (site header)');
  });
});
