import { foldLine } from './fold-line.ts';

// Folded talks vocabulary. STRONG terms belong to the peace process itself; WEAK ones also occur in
// other news (a "round" of a football league, "the opposition" of another country).
const STRONG = [
  'محادثات', 'المحادثات', 'مفاوضات', 'المفاوضات', 'الدول الضامنه', 'المبعوث الاممي', 'المبعوث الخاص', 'مبعوث الامم المتحده',
  'موفد الامم المتحده', 'اللجنه الدستوريه', 'لجنه مناقشه الدستور', 'التسويه السياسيه', 'الحل السياسي', 'مسار استانا',
  'صيغه استانا', 'وقف اطلاق النار', 'خفض التصعيد', 'خفض التوتر', 'القرار 2254', 'مؤتمر الحوار الوطني',
];
const WEAK = ['جوله', 'الجوله', 'وفد', 'المعارضه', 'النظام', 'المعتقلين', 'الضامنه', 'مبعوث', 'اجتماعات', 'الدستور'];
const SYRIA = ['سوريا', 'سوريه', 'السوري', 'السوريه', 'السوريين', 'دمشق', 'الاسد', 'ادلب', 'حلب'];

export interface Relevance {
  relevant: boolean;
  strong: string[];
  weak: number;
}

const compiled = new WeakMap<readonly string[], RegExp>();

/** One pass over the text per term list: a regex of every term (longest first) with و ب ل allowed in front. */
function distinctHits(text: string, terms: readonly string[]): string[] {
  if (terms.length === 0) return [];
  let pattern = compiled.get(terms);
  if (!pattern) {
    const alternatives = [...terms].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    pattern = new RegExp(`(?<=^| )[وبل]?(${alternatives})(?= |$)`, 'gu');
    compiled.set(terms, pattern);
  }
  const hits = new Set<string>();
  for (const m of text.matchAll(pattern)) hits.add(m[1]!);
  return [...hits].sort();
}

/**
 * Is the article about the Syria talks? Distinct talks terms (plus the catalog's round and actor names,
 * folded) against generic ones, and a mention of Syria. Counting distinct terms, not occurrences,
 * keeps a long unrelated article from passing on one repeated word.
 */
export function judgeRelevance(text: string, catalogNames: readonly string[]): Relevance {
  const folded = foldLine(text);
  const strong = [...new Set([...distinctHits(folded, STRONG), ...distinctHits(folded, catalogNames)])];
  const weak = distinctHits(folded, WEAK).length;
  const syria = distinctHits(folded, SYRIA).length > 0;
  return { relevant: syria && (strong.length >= 2 || (strong.length >= 1 && weak >= 2)), strong, weak };
}
