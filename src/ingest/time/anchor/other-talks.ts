// Other conflicts hold talks where Syria's are held and name them in the same words: Yemen's «جنيف 2»,
// the Karabakh leaders' «قمة ثلاثية» in Sochi, Libya's rounds in Geneva, Iran's in Vienna. Every reading of
// a catalog meeting (its name, its description, a numbered round) asks this one test of the words that
// own it, so that a story of those talks gets no day from the catalog however the meeting was read.
import { foldArabic } from '../../../lib/arabic-fold.ts';
import { alternation } from '../constants.ts';
import { GATHERING_VERBS, OTHER_COUNTRY_ADJECTIVES, OTHER_TALKS_PARTIES, OTHER_TALKS_SUBJECTS, ROUND_PHRASE_ENDS } from '../../../lib/lexicon/talks.ts';
import { RELATIVE_PRONOUNS } from '../../../lib/lexicon/clause-words.ts';

/** Another conflict's parties or another subject's talks («الجولة الثالثة من المفاوضات بين إيران ومجموعة الدول
 *  الست»، «قمة ثلاثية جمعت … والرئيس الأذربيجاني»). */
const OTHER_PARTY = new RegExp(`(?<![\\p{L}])[وبل]?(?:${alternation([...OTHER_TALKS_PARTIES, ...OTHER_TALKS_SUBJECTS].map(foldArabic))})(?![\\p{L}])`, 'u');
/** Another country's adjective («اللجنة العسكرية الليبية»، «الحوار الوطني التونسي»): of neighbours too, who
 *  attend Syria's meetings (Iraq and Lebanon as observers in Astana, hosts in Brussels). */
const OTHER_ADJECTIVE = new RegExp(`(?<![\\p{L}])[وبل]?(?:${alternation(OTHER_COUNTRY_ADJECTIVES.map(foldArabic))})(?![\\p{L}])`, 'u');
const OWN_PHRASE_REACH = 100;
/** A relative clause telling who the meeting brought together («القمة الثلاثية التي جمعت الرئيس المصري …»)
 *  is its own phrase: those are whose meeting it is. Any other ends it («… التي تستضيفها جنيف»). */
const GATHERED = `(?:${alternation(RELATIVE_PRONOUNS.map(foldArabic))})\\s+(?:${alternation(GATHERING_VERBS.map(foldArabic))})(?![\\p{L}])`;
const GATHERED_RE = new RegExp(`(?<![\\p{L}])${GATHERED}`, 'u');
const PHRASE_END = new RegExp(`(?<![\\p{L}])(?!${GATHERED})[وف]?(?:${alternation(ROUND_PHRASE_ENDS.map(foldArabic))})(?![\\p{L}])`, 'u');

/** The meeting's own phrase after it, up to its first stop, comma or word that ends it: who met and whose
 *  talks they are («"جنيف 2" اليمني»: a closing quote is no stop). Past it another phrase tells who
 *  attended or what stood beside it («… بحضور السفير المصري»، «… فيما يستعد المبعوث الأممي إلى اليمن»). */
function ownPhrase(end: number, sentenceEnd: number, folded: string): string {
  const phrase = folded.slice(end, Math.min(sentenceEnd, end + OWN_PHRASE_REACH)).split(/[،,.؛;:]/u, 1)[0]!;
  const stop = PHRASE_END.exec(phrase);
  return stop ? phrase.slice(0, stop.index) : phrase;
}

/** Right after a name, a closing quote between («"جنيف 2" اليمني»، «القمة الثلاثية المصرية الأردنية»): whose
 *  meeting it is. */
const RIGHT_AFTER = new RegExp(`^[\\s"“”«»]+(?:${OTHER_PARTY.source}|${OTHER_ADJECTIVE.source})`, 'u');

/** How the meeting was read: a numbered round, a track's own name and number («جنيف 2»), a name several
 *  meetings share («القمة الثلاثية»), or a meeting's own name or description. */
export type MeetingReading = 'round' | 'name' | 'shared' | 'meeting';

/** Whether another conflict's talks own the meeting read at `at`: another country's adjective right after
 *  it; another conflict's parties or subject in its own phrase after it — not for a track's own name and
 *  number, the talks' whole name, whose phrase after is another's («أستانا 14 والمحادثات اليمنية»); and, for a
 *  round, another country's adjective in its phrase, but not in a clause of whom it gathered («التي تضم للمرة
 *  الأولى الوفدين العراقي واللبناني»); for a shared name, anywhere in it. A meeting's own name's attendees are
 *  no owners («مؤتمر بروكسل … والدول المضيفة اللبنانية والأردنية»). */
export function namesOtherTalks(at: { start: number; end: number }, sentence: [number, number], folded: string, reading: MeetingReading): boolean {
  if (RIGHT_AFTER.test(folded.slice(at.end, sentence[1]))) return true;
  if (reading === 'name') return false;
  const phrase = ownPhrase(at.end, sentence[1], folded);
  if (OTHER_PARTY.test(phrase)) return true;
  if (reading === 'meeting') return false;
  const gathered = reading === 'round' ? GATHERED_RE.exec(phrase) : null;
  return OTHER_ADJECTIVE.test(gathered ? phrase.slice(0, gathered.index) : phrase);
}
