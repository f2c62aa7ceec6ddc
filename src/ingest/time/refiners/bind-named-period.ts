// "العام الماضي 2016"، "الشهر الجاري (أيار)"، "الشهر الماضي، نيسان"، "الأسبوع الأول من الشهر المقبل، حزيران
// 2017": a period counted from the article, with its name or number beside it. The pair says two
// things: when the period is (the named one: what its events resolve to), and, counted back, when
// the article is (2017; May). The name may be in brackets or after a comma, and nothing else between.
import { foldArabic } from '../../../lib/arabic-fold.ts';
import type { Parsed, ParseContext, Stated } from '../types.ts';
import { MONTH_RE, isNextTo, monthOf } from '../parsers/pieces.ts';

const OPEN = '\\s*[،,(\\-–]?\\s*';
const CLOSE = '(?:\\s*\\))?';
const YEAR_AFTER = new RegExp(`^${OPEN}(?:${foldArabic('عام')}\\s+)?(?<year>(?:19|20)\\d\\d)(?!\\d)${CLOSE}`, 'u');
const MONTH_AFTER = new RegExp(`^${OPEN}(?<month>${MONTH_RE})(?:\\s*[/(]\\s*(?:${MONTH_RE})\\s*\\)?)?(?:\\s+(?<year>(?:19|20)\\d\\d)(?!\\d))?${CLOSE}(?![\\p{L}])`, 'u');

/** A period counted from the article, not yet tied to a name: which one, and its count. */
function counted(p: Parsed): { period: 'year' | 'month'; rel: -1 | 0 | 1 } | null {
  const s = p.stated;
  if (!isNextTo(s.rel) || s.day !== undefined || s.month !== undefined || s.year !== undefined) return null;
  if (p.kind === 'relative-year') return { period: 'year', rel: s.rel };
  if ((p.kind === 'relative-month' || p.kind === 'month-part') && (s as { period?: string }).period === 'month') return { period: 'month', rel: s.rel };
  return null;
}

export function bindNamedPeriod(results: Parsed[], ctx: ParseContext): Parsed[] {
  const sorted = [...results].sort((a, b) => a.start - b.start);
  const out: Parsed[] = [];
  let skipUntil = -1;
  for (const p of sorted) {
    if (p.start < skipUntil) continue;
    const c = counted(p);
    if (!c) { out.push(p); continue; }
    const after = ctx.folded.slice(p.end, p.end + 40);
    const m = (c.period === 'year' ? YEAR_AFTER : MONTH_AFTER).exec(after);
    const month = m?.groups?.month ? monthOf(m.groups.month) : undefined;
    if (!m || (c.period === 'month' && month === undefined)) { out.push(p); continue; }
    const year = m.groups?.year ? Number(m.groups.year) : undefined;
    const end = p.end + m[0].length;
    // The count and the period word go: the expression is now the named month (or year) itself.
    const { rel: _rel, period: _period, ...rest } = p.stated as Stated & { period?: string };
    const stated: Stated = c.period === 'year'
      ? { year: year!, named: c }
      : { ...rest, month: month!, ...(year !== undefined ? { year } : {}), named: c };
    const kind = c.period === 'year' ? 'year' : p.kind === 'month-part' ? 'month-part' : 'month';
    out.push({ ...p, kind, end, parser: `${p.parser}+named`, stated });
    skipUntil = end;
  }
  return out;
}
