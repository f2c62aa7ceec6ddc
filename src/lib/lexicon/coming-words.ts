// Words written after a noun that put it ahead of the article: «الجولة المقبلة», «الاجتماع المرتقب»,
// «القمة المقررة». Both genders; written in ordinary spelling, readers fold them.

/** Adjectives of something set for a time («الجولة الثامنة، المقررة الأسبوع المقبل»، «المرتقبة في 14 أيار»):
 *  right before that time, it is the round's opening's. */
export const SCHEDULED_ADJECTIVES = ['المرتقب', 'المرتقبة', 'المقرر', 'المقررة', 'المزمع', 'المزمعة'];
export const COMING_WORDS = ['المقبل', 'المقبلة', 'القادم', 'القادمة', ...SCHEDULED_ADJECTIVES];

/** The particle that makes a present verb future on its own («سوف تنطلق»). */
export const FUTURE_AUXILIARIES = ['سوف'];
/** Words before or after a verb in the present that put it ahead of the article: the particle «سوف» and
 *  tomorrow («تنطلق غداً»). */
export const FUTURE_PARTICLES = [...FUTURE_AUXILIARIES, 'غدا', 'غد'];
