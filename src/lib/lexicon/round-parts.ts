// Words that place an event in a part of a round when a preposition puts them before it: «في ختام
// الجولة العاشرة», «على هامش الجولة», «خلال الجولة». The opening and closing nouns come from the
// meeting verbs; these are the rest. Written in ordinary spelling; readers fold them.

/** Nouns of a round's first day, beside the opening verbs' nouns («افتتاح», «انطلاق»). */
export const OPENING_PART_WORDS = ['مستهل', 'بداية', 'مطلع'];
/** Nouns of a round's last day, beside the closing verbs' nouns («ختام», «اختتام»). */
export const CLOSING_PART_WORDS = ['نهاية'];
/** Words of any day of a round: «على هامش», «في إطار», «خلال», «أثناء», «ضمن أعمال». */
export const DURING_PART_WORDS = ['هامش', 'إطار', 'خلال', 'أثناء', 'ضمن', 'أعمال', 'جلسات', 'اجتماعات'];
/** Prepositions that make such a noun a time of the clause («في ختام …»), not its object («أعلنت انطلاق …»). */
export const PART_PREPOSITIONS = ['في', 'على', 'عند', 'مع', 'لدى', 'خلال'];

/** The sessions and statement of a round's edges, named without a verb («الجلسة الختامية», «البيان
 *  الختامي»), and their adjectives alone. */
export const EDGE_SESSION_WORDS = ['الجلسة الافتتاحية', 'الجلسة الختامية', 'البيان الختامي', 'الافتتاحية', 'الختامية', 'الختامي'];
