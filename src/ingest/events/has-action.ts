import { foldFast as foldArabic } from '../shared/fold-fast.ts';
import { actionVerbForms } from '../../lib/lexicon/action-verbs.ts';
import { allForms, meetingForms } from '../../lib/lexicon/meeting-verbs.ts';
import { ATTACHED_PREFIX } from '../shared/action-words.ts';
import { ACTION_WORDS } from '../../lib/lexicon/action-words.ts';
import { ISSUING_VERBS, STATEMENT_NOUNS, STATEMENT_SETTINGS } from '../../lib/lexicon/reporting-verbs.ts';

// What reports an event: the action words, every inflection of the meeting verbs (a round's life:
// «سيلتقون», «احتضنت», «سننطلق») and of the action verbs. Only here: the cleaning stage keeps the
// shorter list, so what counts as page furniture does not change with it.
// The nouns of going on («مستمرة», «متواصلة») describe a state, not an act: verbs only for that role.
const going = meetingForms(['continue']);
const EVENT_WORDS: ReadonlySet<string> = new Set([...ACTION_WORDS, ...[...allForms(['start', 'held', 'end']), ...going.past, ...going.present, ...going.future, ...actionVerbForms()].map(foldArabic)]);
// An object pronoun written onto the verb («احتضنتها», «ناقشته»). A lone «ه» is also a folded «ة»: with a
// prefix taken off too, «وزارة» would read «زار», so it is only taken off a word whole.
const OBJECT_PRONOUN = /(?:هما|هم|ها)$/u;

// How far after a verb of issuing its statement may stand («نشرت الأمم المتحدة اليوم بياناً»).
const ISSUED_REACH = 4;

function isEventWord(word: string, whole: boolean): boolean {
  if (EVENT_WORDS.has(word)) return true;
  const bare = word.replace(whole ? /(?:هما|هم|ها|ه)$/u : OBJECT_PRONOUN, '');
  return bare !== word && bare.length >= 3 && EVENT_WORDS.has(bare);
}

/** Where in `word` (folded) an action word starts, behind its attached prefix; -1 if it is none. */
function findAction(word: string): number {
  if (isEventWord(word, true)) return 0;
  const prefix = ATTACHED_PREFIX.exec(word)?.[0] ?? '';
  for (let k = 1; k <= prefix.length; k++) if (isEventWord(word.slice(k), false)) return k;
  return -1;
}

// Every clause is searched for its action several times (its group, the title, the list and statement
// cuts), over a vocabulary of a few thousand words: each word is judged once per process, bounded as
// the folds are, instead of three or four regex tests at every look.
const MEMO_LIMIT = 100_000;
const actions = new Map<string, number>();
function actionIn(word: string): number {
  let k = actions.get(word);
  if (k === undefined) {
    k = findAction(word);
    if (actions.size >= MEMO_LIMIT) actions.clear();
    actions.set(word, k);
  }
  return k;
}

// «ووزعت», «فنشرت»: a conjunction written onto the verb («وزع» itself begins with و).
const unprefixed = (word: string) => word.replace(/^[وف]/u, '');

// «ولا تزال الهدنة قائمة منذ 30 كانون الأول»: a state said to hold since a day reports its start on that
// day. Since a length of time («منذ 10 سنوات») it tells how long, and gives no day.
const STILL = /(?<![\p{L}\p{M}])[وف]?(?:لا|ما)\s+(?:يزال|تزال|زال|زالت|يزالون|زالوا)(?![\p{L}\p{M}])/u;
const SINCE_DAY = /منذ[\s،,]*(?:\d{1,2}(?:\s*(?:[-/]|و)\s*\d{1,2})?\s+(?!(?:سنوات|سنة|عام|أعوام|اعوام|أشهر|اشهر|شهر|شهور|أيام|ايام|يوم|يوما|يوماً|أسابيع|اسابيع|أسبوع|اسبوع|ساعات|ساعة|دقائق|عاما|عاماً)(?![\p{L}\p{M}]))|أمس|الأمس|مطلع|بداية|أواخر|منتصف)/u;

// Every form STILL finds holds these letters: a clause without them (nearly all) is answered by one
// substring search, not a regex that tries a lookbehind at every character.
const STILL_STEM = 'زال';

/** Offset of the negator of «لا تزال … منذ <day>» in `clause`; -1 if the clause has none. */
function stateSince(clause: string): number {
  if (!clause.includes(STILL_STEM)) return -1;
  const still = STILL.exec(clause);
  if (!still) return -1;
  const at = still.index + (/^[وف]/u.test(still[0]) ? 1 : 0);
  return SINCE_DAY.test(clause.slice(at)) ? at : -1;
}

const SETTING_REACH = 6;

/** Index of the word after the setting that starts at word `i`: it runs to a comma or colon within a few words, else it is the noun alone. */
function settingEnd(count: number, ends: (j: number) => boolean, i: number): number {
  for (let j = i; j < Math.min(count, i + SETTING_REACH); j++) if (ends(j)) return j + 1;
  return i + 1;
}

/** Offset (in `clause`) of the first word reporting an action, without its attached prefix; -1 if none. */
export function firstAction(clause: string): number {
  const verb = firstVerb(clause);
  const since = stateSince(clause);
  return since !== -1 && (verb === -1 || since < verb) ? since : verb;
}

function firstVerb(clause: string): number {
  // Marks belong to their word («صرّح»): a word is letters and the diacritics on them. The first action
  // is usually among the first words: the words are found, folded and their punctuation read only as
  // far as they are asked for.
  const run = /[\p{L}\p{M}]+/gu;
  const found: RegExpExecArray[] = [];
  let more = true;
  const wordAt = (i: number): RegExpExecArray | undefined => {
    while (more && found.length <= i) {
      const m = run.exec(clause);
      if (m) found.push(m);
      else more = false;
    }
    return found[i];
  };
  /** How many words there are, counting no further than `n`. */
  const countUpTo = (n: number) => (n > 0 && wordAt(n - 1) ? n : found.length);
  const foldedWords: string[] = [];
  const foldedAt = (i: number) => (foldedWords[i] ??= foldArabic(wordAt(i)![0]));
  const ends = (j: number) => {
    const m = wordAt(j)!;
    return /[،,:؛;]/u.test(clause.slice(m.index + m[0].length, wordAt(j + 1)?.index ?? clause.length));
  };
  let setting = -1;
  for (let i = 0; wordAt(i); i++) {
    const at = found[i]!.index;
    const folded = foldedAt(i);
    const issuing = ISSUING_VERBS.has(folded) ? folded : ISSUING_VERBS.has(unprefixed(folded)) ? unprefixed(folded) : '';
    if (issuing) {
      for (let j = i + 1; j < countUpTo(i + 1 + ISSUED_REACH); j++) if (STATEMENT_NOUNS.has(foldedAt(j))) return at + folded.length - issuing.length;
    }
    const k = actionIn(folded);
    if (k === -1) continue;
    if (setting === -1 && STATEMENT_NOUNS.has(folded) && STATEMENT_SETTINGS.has(i > 0 ? foldedAt(i - 1) : '')) {
      // The setting's own verbs («أصدرته», «صدر») issued it; the act is after it.
      setting = at;
      i = settingEnd(countUpTo(i + SETTING_REACH), ends, i) - 1;
      continue;
    }
    return at + k;
  }
  return setting;
}
