// «يوم افتتح مؤتمر جنيف 2 في مونترو»: a headline opening on «the day when» and a past verb of the meeting's
// edges recalls it; the lead's news of its opening is no day of the story's. Read as the opening told as
// news, a retrospective written years later was given Geneva II's weeks. Invented (review 23).
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('a headline recalling the day a meeting opened', () => {
  it('dates no story', () => {
    expect(catalogDate('يوم افتتح مؤتمر جنيف 2 في مونترو\nيستعيد دبلوماسيون عملوا في الملف السوري تلك اللحظة التي جلس فيها الطرفان في قاعة واحدة، وما تبعها من خيبات.')).toBeNull();
  });
  it('but a headline telling the opening is the day\'s news', () => {
    expect(catalogDate('افتتاح مؤتمر جنيف 2 في مونترو\nجلس الطرفان السوريان اليوم الأربعاء في قاعة واحدة للمرة الأولى منذ بدء النزاع.')).toBe('2014-01-22');
  });
});
