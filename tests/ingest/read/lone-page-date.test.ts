// A page whose theme prints the article's date beside the story, outside the block the extractor keeps:
// that date is the page's stamp, read under the headline; the header's day and the sidebar's are not.
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/ingest/read/read-article.ts';
import { cleanArticle } from '../../../src/ingest/clean/clean-article.ts';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { CATALOG_ROUNDS as rounds } from '../time/fixtures.ts';

const PARAS = [
  'أكد وزير الخارجية الكازاخستاني خيرات عبد الرحمانوف اليوم أن الدول الضامنة لاتفاق وقف الأعمال القتالية في سورية ماضية في تطبيق مذكرة مناطق تخفيف التوتر التي وقعت في أستانا.',
  'وأضاف الوزير في تصريح للصحفيين أن بلاده مستعدة لاستضافة جولات جديدة من المحادثات متى طلبت الأطراف ذلك، وأن الاتصالات مع الدول الضامنة مستمرة على أكثر من مستوى.',
  'وأشار إلى أن فرق الخبراء ستواصل عملها خلال الأسابيع المقبلة لبحث آليات مراقبة وقف إطلاق النار وتبادل المحتجزين بين الأطراف.',
];
const page = (content: string) => `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>أخبار اليوم</title></head><body>
<header><nav><a href="/">الرئيسية</a> <a href="/s">سياسة</a></nav><span class="date">الجمعة 13 فبراير 2026</span></header>
<main>${content}<aside class="sidebar"><h3>الأكثر قراءة</h3><ul><li><a href="/a">روسيا تعلن موعد الجولة المقبلة</a> <span class="date">5 فبراير 2020</span></li></ul></aside></main>
<footer>© 2026 أخبار اليوم</footer></body></html>`;
const story = `<div class="text">${PARAS.join('<br><br>')}</div>`;
const dayOf = (html: string) => {
  const read = readArticle('seeds/x.html', new TextEncoder().encode(html));
  return dateArticle(cleanArticle(read.body!.text, 0).text.text, { rounds }).anchor?.edtf ?? null;
};

describe('a date part beside the extracted story', () => {
  it('is read under the headline and dates the page', () => {
    const html = page(`<div class="content"><div class="title">عبد الرحمانوف: الدول الضامنة ماضية في تنفيذ المذكرة</div><div class="post-date">16/05/2017</div>${story}</div>`);
    expect(readArticle('seeds/x.html', new TextEncoder().encode(html)).body!.text).toContain('16/05/2017');
    expect(dayOf(html)).toBe('2017-05-16');
  });
  it('the site header\'s day and the sidebar\'s teasers are never taken for it', () => {
    const html = page(`<div class="content"><div class="title">عبد الرحمانوف: الدول الضامنة ماضية في تنفيذ المذكرة</div>${story}</div>`);
    const text = readArticle('seeds/x.html', new TextEncoder().encode(html)).body!.text;
    expect(text).not.toContain('2026');
    expect(text).not.toContain('5 فبراير 2020');
  });
  it('two different dates in the content are no stamp', () => {
    const html = page(`<div class="content"><div class="title">عبد الرحمانوف: الدول الضامنة ماضية في تنفيذ المذكرة</div><div class="post-date">16/05/2017</div>${story}<div class="box"><span class="date">3 يناير 2019</span></div></div>`);
    const text = readArticle('seeds/x.html', new TextEncoder().encode(html)).body!.text;
    expect(text).not.toContain('3 يناير 2019');
    expect(text).not.toContain('16/05/2017');
  });
});

describe('a <time> beside the story that shows no year', () => {
  it('gives the day of its datetime attribute', () => {
    const html = page(`<div class="content"><h1>عبد الرحمانوف: الدول الضامنة ماضية في تنفيذ المذكرة</h1><div class="meta"><time datetime="2017-05-16T10:15:00+03:00">منذ 7 سنوات</time></div>${story}</div>`);
    expect(dayOf(html)).toBe('2017-05-16');
  });
});

describe('a <time> the story tells of', () => {
  const lead = '<p>اختتمت اليوم في نور سلطان الجولة الثالثة عشرة من محادثات أستانا حول سوريا، وأعلنت الدول الضامنة ترحيبها بقبول الحكومة السورية وقف إطلاق النار في إدلب.</p>';
  const more = '<p>وأكد البيان الختامي ضرورة الإفراج عن المحتجزين وتسهيل وصول المساعدات الإنسانية إلى جميع المناطق السورية دون شروط مسبقة.</p>';
  const textOf = (content: string) => readArticle('seeds/x.html', new TextEncoder().encode(page(`<div class="content"><h1>ختام أستانا 13 بإعلان وقف إطلاق النار في إدلب</h1>${content}</div>`))).body!.text;

  it('inside a paragraph of the story, is no stamp of the page', () => {
    const text = textOf(`${lead}<p>وقال المتحدث إن الجولة المقبلة ستعقد في <time datetime="2019-10-29">تشرين الأول المقبل</time> في العاصمة.</p>${more}`);
    expect(text).toContain('تشرين الأول المقبل');
    expect(text).not.toContain('2019-10-29');
    expect(dayOf(page(`<div class="content"><h1>ختام أستانا 13 بإعلان وقف إطلاق النار في إدلب</h1>${lead}<p>وقال المتحدث إن الجولة المقبلة ستعقد في <time datetime="2019-10-29">تشرين الأول المقبل</time> في العاصمة.</p>${more}</div>`))).not.toBe('2019-10-29');
  });
  it('in a fact box beside the story, is no stamp either', () => {
    const text = textOf(`<div class="factbox"><strong>الجولة المقبلة:</strong> نور سلطان، <time datetime="2019-10-29">29 تشرين الأول 2019</time></div><div class="text">${lead}${more}</div>`);
    expect(text.split('\n')).not.toContain('29 تشرين الأول 2019');
  });
  it('in a layout\'s row or a share bar beside the title, still is', () => {
    // A review's pages: a short block named for its layout, not a box, holds the page's own stamp.
    for (const row of ['<div class="d-flex justify-content-between align-items-center"><span>جنيف</span><time datetime="2019-11-29">29 تشرين الثاني 2019</time></div>',
      '<div class="share-bar"><span class="date">الجمعة 29 تشرين الثاني 2019</span> <a href="#">فيسبوك</a> <a href="#">تويتر</a></div>']) {
      expect(textOf(`${row}${lead}${more}`), row).toMatch(/29 تشرين الثاني 2019/u);
    }
  });
  it('in the byline, still is', () => {
    const text = textOf(`<div class="meta"><time datetime="2019-08-02T16:40:00+03:00">منذ 5 سنوات</time></div>${lead}${more}`);
    expect(text).toContain('2019-08-02');
  });
});
