import { foldFast as foldArabic } from '../shared/fold-fast.ts';
import { actionVerbForms } from '../../lib/lexicon/action-verbs.ts';
import { allForms, meetingForms } from '../../lib/lexicon/meeting-verbs.ts';
import { ACTION_WORDS, ATTACHED_PREFIX } from '../shared/action-words.ts';

// What reports an event: the action words, every inflection of the meeting verbs (a round's life:
// «سيلتقون», «احتضنت», «سننطلق») and of the action verbs. Only here: the cleaning stage keeps the
// shorter list, so what counts as page furniture does not change with it.
// The nouns of going on («مستمرة», «متواصلة») describe a state, not an act: verbs only for that role.
const going = meetingForms(['continue']);
const EVENT_WORDS: ReadonlySet<string> = new Set([...ACTION_WORDS, ...[...allForms(['start', 'held', 'end']), ...going.past, ...going.present, ...going.future, ...actionVerbForms()].map(foldArabic)]);
// An object pronoun written onto the verb («احتضنتها», «ناقشته»). A lone «ه» is also a folded «ة»: with a
// prefix taken off too, «وزارة» would read «زار», so it is only taken off a word whole.
const OBJECT_PRONOUN = /(?:هما|هم|ها)$/u;

function isEventWord(word: string, whole: boolean): boolean {
  if (EVENT_WORDS.has(word)) return true;
  const bare = word.replace(whole ? /(?:هما|هم|ها|ه)$/u : OBJECT_PRONOUN, '');
  return bare !== word && bare.length >= 3 && EVENT_WORDS.has(bare);
}

/** Offset (in `clause`) of the first word reporting an action, without its attached prefix; -1 if none. */
export function firstAction(clause: string): number {
  // Marks belong to their word («صرّح»): a word is letters and the diacritics on them.
  for (const m of clause.matchAll(/[\p{L}\p{M}]+/gu)) {
    const word = foldArabic(m[0]);
    if (isEventWord(word, true)) return m.index;
    const prefix = ATTACHED_PREFIX.exec(word)?.[0] ?? '';
    for (let k = 1; k <= prefix.length; k++) {
      if (isEventWord(word.slice(k), false)) return m.index + k;
    }
  }
  return -1;
}
