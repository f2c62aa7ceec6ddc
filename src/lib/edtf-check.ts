import edtf from 'edtf';
import { daysFromCivil, isValidCivil } from './calendar.ts';
import { rememberRecent } from './remember-recent.ts';

function parses(value: string): boolean {
  try {
    edtf(value);
    return true;
  } catch {
    return false;
  }
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a calendar day written YYYY-MM-DD, or null for any other string. */
function plainDay(value: string): number | null {
  const m = DAY.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidCivil(y, mo, d) ? daysFromCivil(y, mo, d) : null;
}

/**
 * True for the forms the build step writes for nearly every date, known valid without the grammar: a
 * calendar day, or an interval of two days whose end is after its start. False means "ask the
 * grammar" (it takes more than these, and refuses an interval of one day: `2017-12-21/2017-12-21`).
 */
function plainlyEdtf(value: string): boolean {
  const slash = value.indexOf('/');
  if (slash < 0) return plainDay(value) !== null;
  const start = plainDay(value.slice(0, slash));
  const end = start === null ? null : plainDay(value.slice(slash + 1));
  return start !== null && end !== null && start < end;
}

// The `edtf` package parses through a general grammar (nearley), the slowest check of an entry; a
// corpus holds few distinct dates (days over a few years), each checked for every entry and article
// that carries it: each is checked once per process.
/** True when `value` is a valid EDTF string (any level the `edtf` package parses). */
export const isEdtf: (value: string) => boolean = rememberRecent((value) => plainlyEdtf(value) || parses(value), 50_000);
