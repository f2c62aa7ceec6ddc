// The city a meeting's host verb names is where it was held, as one after «في» is: «استضاف منتجع سوتشي
// الروسي اليوم الأربعاء قمة ثلاثية» is the Sochi summit of Wednesday 22 November 2017, not the guarantors'
// other Wednesday summits (Ankara, 4 April 2018; by video, 1 July 2020). A hunt's text was refused among the three.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('a city hosting a meeting', () => {
  it('is where the meeting was held', () => {
    expect(catalogDate('استضاف منتجع سوتشي الروسي اليوم الأربعاء قمة ثلاثية جمعت الرؤساء فلاديمير بوتين وحسن روحاني ورجب طيب أردوغان.')).toBe('2017-11-22');
  });

  it('told in the present too', () => {
    expect(catalogDate('تحتضن أنقرة اليوم الأربعاء قمة ثلاثية تجمع الرئيس الروسي فلاديمير بوتين ونظيريه التركي والإيراني حول سوريا.')).toBe('2018-04-04');
  });

  it('but not when the host\'s object is another meeting', () => {
    // A review's text: Ankara hosted its security council beside the summit held by video (Wednesday 1 July
    // 2020); read as the summit's city, it was printed as the Ankara summit of Wednesday 4 April 2018.
    expect(catalogDate('استضافت أنقرة اليوم الأربعاء اجتماعاً لمجلس الأمن القومي التركي تزامناً مع القمة الثلاثية التي عقدها الرؤساء الثلاثة افتراضياً بسبب الجائحة.')).not.toBe('2018-04-04');
  });
});
