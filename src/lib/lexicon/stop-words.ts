// Function words that say nothing about which event a quote reports: the merge and lock stages compare
// two quotes by their other words (src/ingest/shared/content-words.ts). Written folded
// (src/lib/arabic-fold.ts), as they are looked up with a folded word.

export const STOP_WORDS: ReadonlySet<string> = new Set(['في', 'من', 'الي', 'علي', 'عن', 'مع', 'ان', 'او', 'ما', 'لا', 'التي', 'الذي', 'هذا', 'هذه', 'ذلك', 'تلك', 'بين', 'كما', 'قد', 'لم', 'لن', 'ثم', 'حيث', 'اي', 'كل', 'بعد', 'قبل', 'خلال', 'عند', 'وفي', 'اليوم', 'امس', 'غدا']);
