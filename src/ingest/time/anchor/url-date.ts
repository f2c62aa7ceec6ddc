// The day an article's address states. News sites put the posting day in the path (/2017/05/16/,
// /2017-12/15/, /story/2017/7/10/, /20170516/, -20170516, ?date=2017-05-16, ?cdate=23012017) or a
// Unix time closing a slug (_1574663667) or in a parameter named for it (?ts=1574663667). It is the
// web posting day: a print story's own day may be the day before, so the clue built from it leaves a
// day's slack behind.
import { daysFromCivil, isValidCivil } from '../../../lib/calendar.ts';

export interface UrlDate {
  /** Day number of the stated day. */
  day: number;
  /** Only a month is stated (/2017/05/): the first and last day of it. */
  month?: [number, number];
  /** The part of the address the day was read from. */
  quote: string;
}

/** Sites have existed since the 1990s; the talks began in 2012. A date outside is a product id. */
const MIN_YEAR = 2000;
const MAX_YEAR = 2035;

function civil(y: number, m: number, d: number): number | null {
  if (y < MIN_YEAR || y > MAX_YEAR || !isValidCivil(y, m, d)) return null;
  return daysFromCivil(y, m, d);
}

const PATTERNS: { re: RegExp; read(m: RegExpExecArray): number | null }[] = [
  // /2017/05/16/ or /2017/7/10/ or /2017-05-16 or /2017-12/15/ or /2017_05_16
  { re: /(?:^|[/_=-])((?:19|20)\d\d)[/_-](\d{1,2})[/_-](\d{1,2})(?=$|[/_.?#&-])/u, read: (m) => civil(+m[1]!, +m[2]!, +m[3]!) },
  // /20170516/ or -20170516 or 20171024013700 (a date and a time): eight digits that make a valid day
  { re: /(?:^|[^\d])((?:19|20)\d\d)(\d\d)(\d\d)(?:\d{4,6})?(?=$|[^\d])/u, read: (m) => civil(+m[1]!, +m[2]!, +m[3]!) },
  // -16-05-2017 or /16/5/2017 (day, month, year) at the end of a slug; month first (-05-16-2017) where the
  // numbers say so. Both twelve or under: either order is a day, so none is read.
  { re: /(?:^|[/_=-])(\d{1,2})[/_-](\d{1,2})[/_-]((?:19|20)\d\d)(?=$|[/_.?#&-])/u, read: (m) => {
    const [a, b, y] = [+m[1]!, +m[2]!, +m[3]!];
    return a > 12 ? civil(y, b, a) : b > 12 ? civil(y, a, b) : null;
  } },
  // ?cdate=23012017 (day, month, year)
  { re: /[?&](?:c?date|d)=(\d\d)(\d\d)((?:19|20)\d\d)(?=$|&)/u, read: (m) => civil(+m[3]!, +m[2]!, +m[1]!) },
];

/** A Unix time in seconds between 2011 and 2035, as a run of exactly ten digits, where an address
 *  plainly holds one: closing a slug after its underscore or hyphen (Sham FM's
 *  `…_تبدأ_اليوم_1574663667`, others' `…-تبدأ-جولتها-1574663667`) or as a parameter named for a time.
 *  Ten digits standing alone (`/syria/1736550123`) are a node or article number as often as not, and
 *  read as a day they outweigh the whole text. */
const UNIX = /(?:\p{L}[_-]|[?&](?:t|ts|time|timestamp|unix|pubdate|published|created)=)(1[3-9]\d{8}|20\d{8})(?=$|[^\d])/u;
const REGION_AHEAD_SECONDS = 3 * 3600;
const MONTH_ONLY = /(?:^|\/)((?:19|20)\d\d)\/(\d{1,2})\/(?!\d)/u;

/** An archived copy's address (the Wayback Machine's, archive.today's) holds the day it was captured,
 *  often long after the story, then the story's own address: only the latter says when it was posted. */
const ARCHIVED = /^https?:\/\/(?:(?:web\.)?archive\.org\/web\/\d{4,14}[a-z_]*|archive\.(?:ph|today|is|li|md|vn|fo)\/[\d.-]{8,}(?:-\d+)?)\/(.+)$/iu;

/** The capture's day in an archived copy's address: the Wayback Machine's fourteen digits
 *  (/web/20170516103512/), archive.today's dotted day (/2017.05.16-103512/). */
const CAPTURED = /^https?:\/\/(?:(?:web\.)?archive\.org\/web\/((?:19|20)\d\d)(\d\d)(\d\d)\d*[a-z_]*|archive\.(?:ph|today|is|li|md|vn|fo)\/((?:19|20)\d\d)\.(\d\d)\.(\d\d))[/-]/iu;

/** The day an archived copy of the page was captured (day number) and the words that say it, or null
 *  for another address:
 *  the page existed then, so the story was posted that day or before. */
export function archivedOn(url: string | undefined): { day: number; quote: string } | null {
  const m = url === undefined ? null : CAPTURED.exec(url);
  if (!m) return null;
  const [y, mo, d] = m[1] !== undefined ? [m[1], m[2]!, m[3]!] : [m[4]!, m[5]!, m[6]!];
  const day = civil(+y, +mo, +d);
  return day === null ? null : { day, quote: m[0].slice(0, -1) };
}

function archivedOriginal(url: string): string {
  const m = ARCHIVED.exec(url);
  if (!m) return url;
  return /^https?:\/\//iu.test(m[1]!) ? m[1]! : `http://${m[1]!}`;
}

/** The day (or month) an article address states, or null. The host is ignored: only path and query count. */
export function urlDate(url: string | undefined): UrlDate | null {
  if (!url) return null;
  let rest: string;
  try {
    const u = new URL(archivedOriginal(url));
    rest = decodeURIComponent(u.pathname) + u.search;
  } catch {
    return null;
  }
  for (const p of PATTERNS) {
    const m = p.re.exec(rest);
    const day = m ? p.read(m) : null;
    if (m && day !== null) return { day, quote: m[0].replace(/^[/_=?&-]/, '') };
  }
  const unix = UNIX.exec(rest);
  if (unix) {
    // Stored in UTC; the region's day is two to three hours ahead of it, so a late-evening stamp
    // belongs to the next local day.
    const day = Math.floor((Number(unix[1]) + REGION_AHEAD_SECONDS) / 86400);
    if (day >= daysFromCivil(2011, 1, 1) && day <= daysFromCivil(MAX_YEAR, 12, 31)) return { day, quote: unix[1]! };
  }
  const month = MONTH_ONLY.exec(rest);
  if (month) {
    const y = +month[1]!;
    const mo = +month[2]!;
    const first = civil(y, mo, 1);
    if (first !== null) {
      const last = mo === 12 ? daysFromCivil(y + 1, 1, 1) - 1 : daysFromCivil(y, mo + 1, 1) - 1;
      return { day: first, month: [first, last], quote: month[0].replace(/^\//, '') };
    }
  }
  return null;
}
