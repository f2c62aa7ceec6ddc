// Other conflicts hold talks where Syria's are held and name them in the same words: Yemen's «جنيف 2»,
// the Karabakh leaders' «قمة ثلاثية» in Sochi, Libya's rounds in Geneva, Iran's in Vienna. Every reading of
// a catalog meeting (its name, its description, a numbered round) asks this one test of the words that
// own it, so that a story of those talks gets no day from the catalog however the meeting was read.
import { foldArabic } from '../../../lib/arabic-fold.ts';
import { alternation } from '../constants.ts';
import { GATHERING_VERBS, OTHER_COUNTRY_ADJECTIVES, OTHER_TALKS_PARTIES, OTHER_TALKS_SUBJECTS, ROUND_PHRASE_ENDS } from '../../../lib/lexicon/talks.ts';
import { RELATIVE_PRONOUNS } from '../../../lib/lexicon/clause-words.ts';

/** Another country's or another subject's talks («الجولة الرابعة من محادثات اللجنة العسكرية الليبية»، «الجولة
 *  الثالثة من المفاوضات بين إيران ومجموعة الدول الست»، «قمة ثلاثية جمعت … والرئيس الأذربيجاني»). */
const OTHER_PARTY = new RegExp(`(?<![\\p{L}])[وبل]?(?:${alternation([...OTHER_TALKS_PARTIES, ...OTHER_COUNTRY_ADJECTIVES, ...OTHER_TALKS_SUBJECTS].map(foldArabic))})(?![\\p{L}])`, 'u');
const OWN_PHRASE_REACH = 100;
/** A relative clause telling who the meeting brought together («القمة الثلاثية التي جمعت الرئيس المصري …»)
 *  is its own phrase: those are whose meeting it is. Any other ends it («… التي تستضيفها جنيف»). */
const GATHERED = `(?:${alternation(RELATIVE_PRONOUNS.map(foldArabic))})\\s+(?:${alternation(GATHERING_VERBS.map(foldArabic))})(?![\\p{L}])`;
const PHRASE_END = new RegExp(`(?<![\\p{L}])(?!${GATHERED})[وف]?(?:${alternation(ROUND_PHRASE_ENDS.map(foldArabic))})(?![\\p{L}])`, 'u');

/** The meeting's own phrase after it, up to its first stop, comma or word that ends it: who met and whose
 *  talks they are («"جنيف 2" اليمني»: a closing quote is no stop). Past it another phrase tells who
 *  attended or what stood beside it («… بحضور السفير المصري»، «… فيما يستعد المبعوث الأممي إلى اليمن»). */
function ownPhrase(end: number, sentenceEnd: number, folded: string): string {
  const phrase = folded.slice(end, Math.min(sentenceEnd, end + OWN_PHRASE_REACH)).split(/[،,.؛;:]/u, 1)[0]!;
  const stop = PHRASE_END.exec(phrase);
  return stop ? phrase.slice(0, stop.index) : phrase;
}

/** Right after a name, a closing quote between («"جنيف 2" اليمني»). */
const RIGHT_AFTER = new RegExp(`^[\\s"“”«»]+(?:${OTHER_PARTY.source})`, 'u');

/** Whether another conflict's talks own the meeting read at `at`: named in its own phrase after it, or,
 *  for a meeting read by its track's own name and number (`byName`: «جنيف 2»), right after that name.
 *  Such a name is the talks' whole name: a phrase after it is another's («أستانا 14 والمحادثات اليمنية»). */
export function namesOtherTalks(at: { start: number; end: number }, sentence: [number, number], folded: string, byName = false): boolean {
  return byName ? RIGHT_AFTER.test(folded.slice(at.end, sentence[1])) : OTHER_PARTY.test(ownPhrase(at.end, sentence[1], folded));
}
