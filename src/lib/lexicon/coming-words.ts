// Words written after a noun that put it ahead of the article: «الجولة المقبلة», «الاجتماع المرتقب»,
// «القمة المقررة». Both genders; written in ordinary spelling, readers fold them.

export const COMING_WORDS = ['المقبل', 'المقبلة', 'القادم', 'القادمة', 'المرتقب', 'المرتقبة', 'المقرر', 'المقررة', 'المزمع', 'المزمعة'];

/** The particle that makes a present verb future on its own («سوف تنطلق»). */
export const FUTURE_AUXILIARIES = ['سوف'];
/** Words before or after a verb in the present that put it ahead of the article: the particle «سوف» and
 *  tomorrow («تنطلق غداً»). */
export const FUTURE_PARTICLES = [...FUTURE_AUXILIARIES, 'غدا', 'غد'];
