// What a query asks for, as phrases the excerpt marks (search-excerpt.ts): a month in both of its names
// (the site prints «كانون الأول 2017», readers also type «ديسمبر 2017»), an actor in every spelling the
// catalog lists (search-names.ts), and each other term alone. The two words of a month are one phrase,
// so «الأول» is not marked wherever it stands.
import { searchTerms } from './search-normalize.ts';
import { NO_ACTOR, type NameTable } from './search-names.ts';
import { monthNames } from './search-date-forms.ts';
import type { Phrase } from './search-excerpt.ts';

interface Known { terms: string[]; group: string[][] }

/** Phrases a query may hold, by their first term: each with the phrases it stands for. */
function knownPhrases(names: NameTable): Map<string, Known[]> {
  const index = new Map<string, Known[]>();
  const add = (terms: string[], group: string[][]) => {
    if (terms.length === 0) return;
    const list = index.get(terms[0]!) ?? [];
    const same = list.find((k) => k.terms.join(' ') === terms.join(' '));
    if (same) same.group.push(...group.filter((g) => !same.group.some((s) => s.join(' ') === g.join(' '))));
    else list.push({ terms, group: [...group] });
    index.set(terms[0]!, list);
  };
  for (const month of monthNames()) {
    const group = month.map((n) => searchTerms(n));
    for (const terms of group) add(terms, group);
  }
  for (const [id, spellings] of names) {
    const group = spellings.map((s) => s.split(' '));
    // A phrase that names no actor («حافظ الأسد») stands only for itself.
    for (const terms of group) add(terms, id === NO_ACTOR ? [terms] : group);
  }
  for (const list of index.values()) list.sort((a, b) => b.terms.length - a.terms.length);
  return index;
}

export function queryPhrases(query: string, names: NameTable = []): Phrase[] {
  const terms = searchTerms(query);
  const index = knownPhrases(names);
  const out = new Map<string, Phrase>();
  for (let i = 0; i < terms.length;) {
    const k = index.get(terms[i]!)?.find((c) => c.terms.every((t, j) => terms[i + j] === t));
    if (k) {
      for (const p of k.group) out.set(p.join(' '), p);
      i += k.terms.length;
    } else {
      // One letter alone (a stray و) would mark half the text.
      if (terms[i]!.length > 1 || /\p{N}/u.test(terms[i]!)) out.set(terms[i]!, [terms[i]!]);
      i += 1;
    }
  }
  return [...out.values()];
}
