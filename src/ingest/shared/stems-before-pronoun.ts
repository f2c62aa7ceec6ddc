// A noun with a possessive pronoun written onto it («عزمه», «نيتها», «ترتيباتهم»): the nouns it may be.
// Read by the headline's lint, the events' cut at what a speaker intends and the tense of a day a plan
// governs, each against its own list of nouns.

/** A word ending in a possessive pronoun, folded. */
export const POSSESSIVE = /(?:ه|ها|هم|هما|نا|كم)$/u;
const PRONOUN = /^(?:ه|ها|هم|هما|نا|كم)$/u;

/**
 * The nouns `word` (folded) may be with a pronoun of up to three letters after them: «عزمه» → «عزم»,
 * «نيته» → «نيت» and «نيه» (a final ة, folded to ه, is written ت before the pronoun). Looked up in a list
 * of nouns, rather than each noun tried against every word.
 */
export function stemsBeforePronoun(word: string): string[] {
  const stems: string[] = [];
  for (let k = 1; k <= 3 && k < word.length; k++) {
    if (!PRONOUN.test(word.slice(-k))) continue;
    const stem = word.slice(0, -k);
    stems.push(stem);
    if (stem.endsWith('ت')) stems.push(`${stem.slice(0, -1)}ه`);
  }
  return stems;
}
