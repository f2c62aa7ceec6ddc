// A meeting named as the model or the ground of another act («على غرار اجتماع العقبة»، «استكمالاً
// لاجتماعات العقبة»، «بيان يستند إلى بيان جنيف») has been held: it is recalled, and the verb and the day
// before those words are the other act's. Invented leads in the manner of Gulf papers and wires.
// Aqaba's meeting on Syria was on Saturday 14 December 2024; the Geneva communiqué of the Action Group
// on Saturday 30 June 2012; Jeddah's consultative meeting on 14 April 2023.
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('a meeting named as a model or a ground', () => {
  it('is not the meeting held today', () => {
    // Printed 2024-12-15: «يعقد … اليوم الأحد» read as Aqaba's opening, on the Sunday nearest to it.
    expect(catalogDate('يعقد الوزراء اليوم الأحد اجتماعاً في الرياض، على غرار اجتماع العقبة بشأن سوريا.')).toBeNull();
    // Printed 2024-12-08: the present «تستضيف» made Aqaba's meetings upcoming, the era started on the 8th.
    expect(catalogDate('تستضيف العاصمة السعودية، اليوم الأحد، اجتماعاً عربياً دولياً موسعاً بشأن سوريا، استكمالاً لاجتماعات العقبة حول سوريا، بمشاركة وزير الخارجية أسعد الشيباني.')).toBeNull();
    // Printed 2023-04-10/2023-04-17, the week after Jeddah's meeting. The meeting told may be the catalog's
    // Amman consultative meeting (Monday 1 May 2023), but a consultative meeting in Amman with no other
    // evidence of its time may as well be another: refused.
    expect(catalogDate('يعقد وزراء خارجية الأردن والسعودية والعراق ومصر اليوم الاثنين اجتماعاً تشاورياً في عمّان، استكمالاً لاجتماع جدة التشاوري.')).toBeNull();
  });

  it('is not the statement issued yesterday', () => {
    // Printed 2012-07-01, the morrow of the Geneva communiqué, for a Cairo meeting of January 2015.
    expect(catalogDate('اختتم معارضون سوريون اجتماعاتهم في القاهرة أمس السبت بإصدار بيان يستند إلى بيان جنيف.')).toBeNull();
  });

  it('but a numbered round so named is the one going on', () => {
    // A review's texts, refused by the rule's first version: the eighth round of the committee resumed
    // on Tuesday 31 May 2022; Astana's twentieth opened on Tuesday 20 June 2023.
    expect(catalogDate('استؤنفت اليوم الثلاثاء في جنيف اجتماعات الهيئة المصغرة استكمالاً للجولة الثامنة من اجتماعات اللجنة الدستورية السورية.')).toBe('2022-05-31');
    expect(catalogDate('عقدت الوفود اليوم الثلاثاء لقاءات ثنائية في نور سلطان، وفقاً لبرنامج الجولة العشرين من محادثات أستانا التي تستمر يومين.')).toBe('2023-06-20');
  });
});
