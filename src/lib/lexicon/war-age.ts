// How long the war in Syria has lasted, as news about the talks says it in passing («الحرب السورية
// المستمرة منذ 6 سنوات»، «النزاع الذي دخل عامه الثامن»): a count of years from its outbreak, so a band
// of the article's years. Written in ordinary spelling; readers fold them.
import { SYRIA_NAMES } from './talks.ts';

/** The day the protests that became the war began (Daraa and Damascus, 15 March 2011). */
export const WAR_START = '2011-03-15';

/** Names of the war, as the counted noun. */
export const CONFLICT_NOUNS = ['الحرب', 'النزاع', 'الصراع', 'الأزمة', 'الثورة', 'الاقتتال'];

/** Words that say the war is Syria's («السورية»، «في سوريا»، «في البلاد»). Without one, only the
 *  participles below may stand between the noun and its age («الصراع الدائر منذ …» in a story of the talks). */
export const SYRIA_WORDS = [...SYRIA_NAMES, 'البلاد'];

/** Participles of lasting that may stand alone between the noun and its age. */
export const LASTING_WORDS = ['الدائر', 'الدائرة', 'المستمر', 'المستمرة', 'المندلع', 'المندلعة', 'القائم', 'القائمة', 'الجاري', 'الجارية', 'التي', 'الذي', 'تدور', 'يدور', 'مستمر', 'مستمرة', 'في', 'على'];

/** The war's year counted by its ordinal: «عامه الثامن»، «عامها السابع»، «سنتها السادسة». */
export const YEAR_OF = ['عامه', 'عامها', 'سنته', 'سنتها'];
