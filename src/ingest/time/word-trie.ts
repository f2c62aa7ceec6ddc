// The words of a long alternation that may match at a place. V8 compiles a pattern to machine code the
// first time it runs, in time that grows with its size; a pattern of hundreds of names (the catalog's,
// an era's envoys and ministers) compiled for a first article cost it tens of milliseconds. The pattern
// of the few names whose letters stand at a place matches there as the whole one does: alternation()
// writes its words as a trie, in the same order whatever the words, so the alternatives left are those
// of the whole pattern less some that cannot match there.
import { foldArabic } from '../../lib/arabic-fold.ts';

export interface WordNode { kids: Map<number, WordNode>; words: string[][] }

const SPACE = ' '.charCodeAt(0);

/**
 * The words of each list as alternation() spells them (folded, a run of spaces one space), in a trie
 * walked by units. `isSpace`: the units a word's space may stand on in the text. Null when a word holds
 * a unit the walk could misread (such a unit other than its spaces, a backslash, a surrogate half): the
 * whole pattern is then tried.
 */
export function wordTrie(lists: readonly (readonly string[])[], isSpace: (unit: number) => boolean): WordNode | null {
  const fresh = (): WordNode => ({ kids: new Map(), words: lists.map(() => []) });
  const root = fresh();
  for (let l = 0; l < lists.length; l++) {
    for (const word of lists[l]!) {
      const folded = foldArabic(word);
      const spelled = folded.includes('  ') ? folded.replace(/ +/g, ' ') : folded;
      let at = root;
      for (let i = 0; i < spelled.length; i++) {
        const unit = spelled.charCodeAt(i);
        if (unit !== SPACE && (isSpace(unit) || unit === 0x5c || (unit >= 0xd800 && unit <= 0xdfff))) return null;
        let kid = at.kids.get(unit);
        if (!kid) at.kids.set(unit, (kid = fresh()));
        at = kid;
      }
      at.words[l]!.push(word);
    }
  }
  return root;
}

/**
 * The words of each list whose letters stand at `at`, a space taking the whole run of units `isSpace`
 * tells there (the pattern's space takes all of it, or the unit after it is no word's: a word's units
 * after a space are none of those). Every word the pattern can match at `at` is among them, and more
 * may be. Null when there is none.
 */
export function wordsAt(root: WordNode, text: string, at: number, isSpace: (unit: number) => boolean): string[][] | null {
  // Made at the first word found: most places asked (an era's name may open there by its first two
  // letters) hold none, and their walk allocates nothing.
  let found: string[][] | null = null;
  let node = root;
  for (let p = at; ;) {
    for (let l = 0; l < node.words.length; l++) {
      const words = node.words[l]!;
      if (words.length) (found ??= root.words.map(() => []))[l]!.push(...words);
    }
    if (p >= text.length) break;
    const unit = text.charCodeAt(p);
    const space = isSpace(unit);
    const kid = node.kids.get(space ? SPACE : unit);
    if (!kid) break;
    if (space) while (p < text.length && isSpace(text.charCodeAt(p))) p++;
    else p++;
    node = kid;
  }
  return found;
}
