// The action words themselves are the lexicon's (src/lib/lexicon/action-words.ts); this is the grammar
// their readers strip before looking a word up in them.

/** Prefixes that attach to a verb or noun: conjunctions و ف, prepositions ل ب, future س. */
export const ATTACHED_PREFIX = /^(?:[وف]?[لبس]?)/u;
