import { foldArabic } from './arabic-fold.ts';

interface TrieNode { end: boolean; kids: Map<string, TrieNode> }

const META = new Set('.*+?^${}()|[]\\');
/** A space in a word matches any run of spaces in the text. Asked of every letter of every word. */
const token = (ch: string): string => (ch === ' ' ? '\\s+' : META.has(ch) ? `\\${ch}` : ch);

/** A node's branches, each a run of single-child nodes written as one literal. Children are sorted so
 *  the same words give the same source in any order. */
function branches(node: TrieNode): string[] {
  return [...node.kids.keys()].sort().map((ch) => {
    let s = token(ch);
    let at = node.kids.get(ch)!;
    while (!at.end && at.kids.size === 1) {
      const [next, kid] = at.kids.entries().next().value as [string, TrieNode];
      s += token(next);
      at = kid;
    }
    const rest = branches(at);
    // The empty branch comes last: a longer word that matches is preferred, as in a longest-first list.
    return rest.length ? `${s}(?:${rest.join('|')}${at.end ? '|' : ''})` : s;
  });
}

/**
 * Folds each word and returns a regex alternation with regex metacharacters escaped and a space matching
 * any run of spaces: for patterns matched against folded text. Where several words match at a place the
 * longest is taken first, as in a list sorted longest first; the words are merged by shared prefix
 * (a trie), because a flat list of hundreds of names is tried word by word at every position: the
 * catalog's names cost a twentieth as a trie. That holds while the words that match at one place are
 * prefixes of each other: so a word's spaces are one space, and a pattern with the `i` flag must not
 * hold two spellings of a word that differ in case and length («Update», «updated»: the shorter wins).
 */
export function alternation(words: Iterable<string>): string {
  const root: TrieNode = { end: false, kids: new Map() };
  for (const word of words) {
    let at = root;
    const folded = foldArabic(word);
    for (const ch of folded.includes('  ') ? folded.replace(/ +/g, ' ') : folded) {
      let kid = at.kids.get(ch);
      if (!kid) at.kids.set(ch, (kid = { end: false, kids: new Map() }));
      at = kid;
    }
    at.end = true;
  }
  return branches(root).join('|') + (root.end ? '|' : '');
}
