// A story saved from another site comes with that site's page around it: its menu, its toolbar, its
// header's «today», links to other stories, tags, comments, a footer. Put around each article of the
// developed splits, none of it may move the verdict the build gives the article: about the talks or
// not, and the same publication date. (The furniture here is invented; each piece is of a kind seen on
// the corpus's pages.)
import { describe, expect, it } from 'vitest';
import { DEVELOPED, moved, verdict } from './developed-articles.ts';

/** The article's front matter, if any, stays first. */
function around(head: string, foot: string): (text: string) => string {
  return (text) => {
    const fm = text.match(/^---\n[\s\S]*?\n---\n/u)?.[0] ?? '';
    const body = text.slice(fm.length);
    return `${fm}${head ? `${head}\n` : ''}${body.trimEnd()}${foot ? `\n${foot}` : ''}\n`;
  };
}

const MENU = 'الرئيسية > أخبار > سوريا\nتسجيل الدخول\nالقائمة';
const TOOLBAR = 'حجم الخط\nA A A\nطباعة\nأرسل لصديق';
/** A day years after most of the stories: the day the page was saved. */
const SAVED_DAY = 'الإثنين 16 فبراير 2026 10:45 ص';
const FOOT = [
  'المصدر: وكالات',
  'اقرأ أيضاً: الأمم المتحدة تدعو إلى هدنة جديدة في إدلب 12 مارس 2024',
  'كلمات دلالية: سوريا، أستانا، جنيف',
  'تابعونا على تلغرام',
  'التعليقات\nأبو أحمد - منذ 5 سنوات\nكلام فارغ ولن يتغير شيء',
  'الأكثر قراءة\n1. ارتفاع أسعار الذهب اليوم\n2. مباراة الكلاسيكو الليلة',
  'الخبر السابق\nدي ميستورا يدعو إلى جولة جديدة\nالخبر التالي\nروسيا تعلن هدنة في الغوطة',
  'النشرة البريدية\nاشترك ليصلك كل جديد',
  'جميع الحقوق محفوظة لموقع الخبر 2026',
].join('\n');

const PAGES: Array<[string, (text: string) => string]> = [
  ['a menu and a toolbar above', around(`${MENU}\n${TOOLBAR}`, '')],
  ['other stories, tags, comments and a footer below', around('', FOOT)],
  ['the saved day under the menu, the toolbar under it', around(`${MENU}\n${SAVED_DAY}\n${TOOLBAR}`, '')],
  ['the whole page', around(`${MENU}\n${TOOLBAR}`, FOOT)],
];

describe('an article in another site\'s page keeps its verdict', () => {
  const before = new Map(DEVELOPED.map((a) => [a.name, verdict(a.text)]));
  it.each(PAGES)('%s', (_, page) => {
    expect(moved(page, before).moved).toEqual([]);
  });
});
