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

function distinctHits(text: string, terms: readonly string[]): string[] {
  const padded = ` ${text} `;
  return terms.filter((t) => padded.includes(` ${t} `) || padded.includes(` و${t} `) || padded.includes(` ب${t} `) || padded.includes(` ل${t} `));
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
