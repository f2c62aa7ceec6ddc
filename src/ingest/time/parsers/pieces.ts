// Regex pieces and folded lookups shared by the parsers, built once from the lexicon.
import { alternation, foldedIndex, foldedLookup } from '../constants.ts';
import type { Stated } from '../types.ts';
import { FURTHER_QUALIFIERS, HOURS_AGO, PERIOD_WORDS, RELATIVE_DAYS, RELATIVE_QUALIFIERS, TIMES_OF_DAY, TOMORROW_IN_CONSTRUCT } from '../../../lib/lexicon/time-words.ts';
import { ORDINALS } from '../../../lib/lexicon/numbers.ts';
import { HIJRI_MONTH_NAMES, LATIN_MONTH_NAMES, MONTH_NAMES, MONTH_PARTS, WEEKDAY_NAMES } from '../../../lib/lexicon/calendar.ts';
import { ASTANA_NAMES, GENEVA_NAMES, ROUND_WORDS, SOCHI_NAMES } from '../../../lib/lexicon/talks.ts';

const allNames = (table: Record<number, string[]>): string[] => Object.values(table).flat();

export const MONTH_RE = alternation(allNames(MONTH_NAMES));
export const LATIN_MONTH_RE = alternation(allNames(LATIN_MONTH_NAMES));
export const HIJRI_MONTH_RE = alternation(allNames(HIJRI_MONTH_NAMES));
export const WEEKDAY_RE = alternation(allNames(WEEKDAY_NAMES));
export const QUAL_RE = alternation(Object.keys(RELATIVE_QUALIFIERS).filter((q) => q !== 'هذا'));
export const FURTHER_QUAL_RE = alternation(Object.keys(FURTHER_QUALIFIERS));
export const PART_RE = alternation(Object.keys(MONTH_PARTS));
export const ORD_RE = alternation(Object.keys(ORDINALS));
/** The relative days, and the hours ago of breaking news («قبل قليل»): read by the engine only (a title's
 *  checks leave «قبل ساعات من بدء الجلسة» whole). */
const DAYS_READ = { ...RELATIVE_DAYS, ...Object.fromEntries(HOURS_AGO.map((w) => [w, 0])), [TOMORROW_IN_CONSTRUCT]: 1 };
export const RELDAY_RE = alternation(Object.keys(DAYS_READ));
export const TOD_RE = alternation(TIMES_OF_DAY);
export const PERIOD_RE = alternation(Object.keys(PERIOD_WORDS));
export const ROUND_WORD_RE = alternation(ROUND_WORDS);
export const TRACK_CITY_RE = alternation([...ASTANA_NAMES, ...GENEVA_NAMES, ...SOCHI_NAMES]);

export const MONTHS = foldedIndex(MONTH_NAMES);
const LATIN_MONTHS = foldedIndex(LATIN_MONTH_NAMES);
export const HIJRI_MONTHS = foldedIndex(HIJRI_MONTH_NAMES);
export const WEEKDAYS = foldedIndex(WEEKDAY_NAMES);
export const QUALIFIERS = foldedLookup(RELATIVE_QUALIFIERS);
const FURTHER = foldedLookup(FURTHER_QUALIFIERS);
export const PARTS = foldedLookup(MONTH_PARTS);
export const ORDS = foldedLookup(ORDINALS);
export const RELDAYS = foldedLookup(DAYS_READ);
export const PERIODS = foldedLookup(PERIOD_WORDS);

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * A folded lookup by a matched phrase. The phrase is looked up as written first: a key is written
 * normalized, so a phrase found as written is its own normalized form, and the normalizing (two string
 * copies a call, for the month, day and qualifier of every date read) is left for the few that are not
 * found so. A table with a key that is not its own normalized form is always asked normalized.
 */
function byPhrase<T>(table: Map<string, T>): (s: string) => T | undefined {
  const written = [...table.keys()].every((k) => norm(k) === k);
  return (s) => (written ? table.get(s) : undefined) ?? table.get(norm(s));
}

const monthByPhrase = byPhrase(MONTHS);
const latinMonthByPhrase = byPhrase(LATIN_MONTHS);
const qualifierByPhrase = byPhrase(QUALIFIERS);
const furtherByPhrase = byPhrase(FURTHER);
const partByPhrase = byPhrase(PARTS);

/** Month number of a folded month name (spaces normalized). */
export const monthOf = (s: string): number | undefined => monthByPhrase(s) ?? latinMonthByPhrase(s);
export const weekdayOf = (s: string): number | undefined => WEEKDAYS.get(norm(s).replace(/^ال/, ''));
export const qualifierOf = (s: string | undefined): -1 | 0 | 1 | undefined => (s ? qualifierByPhrase(s) : undefined);
/** A weekday's qualifier, of one word or of two («قبل الماضي»). */
export const weekdayQualifierOf = (s: string | undefined): Stated['rel'] => (s ? furtherByPhrase(s) ?? qualifierByPhrase(s) : undefined);
/** Only a period next to the article's is named beside its name («العام الماضي 2016»). */
export const isNextTo = (rel: Stated['rel']): rel is -1 | 0 | 1 => rel !== undefined && Math.abs(rel) <= 1;
export const partOf = (s: string | undefined): [number, number] | undefined => (s ? partByPhrase(s) : undefined);

/** A day number written in digits ("14", "ال14", "الـ14" folds to "ال14") or as an ordinal word. */
export function dayNumberOf(s: string | undefined): number | undefined {
  if (!s) return undefined;
  // One or two digits, as most days are written: the number itself, with no normalizing.
  if (s.length <= 2 && isDigits(s)) return Number(s);
  const t = norm(s).replace(/^و/, '');
  const digits = /^(?:ال ?)?(\d{1,2})$/.exec(t);
  if (digits) return Number(digits[1]);
  return ORDS.get(t);
}

const isDigits = (s: string): boolean => /^\d+$/.test(s);

export const DAY_RE = `(?:ال[^\\S\\n]*)?\\d{1,2}(?!\\d)|${ORD_RE}`;
