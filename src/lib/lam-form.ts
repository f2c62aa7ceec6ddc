/** A defined word after the preposition ل, which absorbs the article's alef: الدستور → للدستور, and
 *  before a word starting with ل the article's lam too (no three lams): اللجنة → للجنة. */
export const lamForm = (w: string): string => (w.startsWith('الل') ? `ل${w.slice(2)}` : `لل${w.slice(2)}`);

/** The words and, for each defined one, its form after ل. */
export function withLam(words: string[]): string[] {
  return [...words, ...words.filter((w) => w.startsWith('ال')).map(lamForm)];
}
