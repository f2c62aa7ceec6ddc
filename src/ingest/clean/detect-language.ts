const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/gu;
const LATIN = /[A-Za-z\u00C0-\u024F]/gu;
// Frequent short words that tell the main Latin-script languages of the region's news apart.
const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'said'],
  fr: ['le', 'la', 'les', 'et', 'des', 'du', 'une', 'est', 'dans', 'pour', 'que'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'sich'],
  es: ['el', 'los', 'las', 'y', 'del', 'una', 'por', 'con', 'para', 'que'],
  tr: ['ve', 'bir', 'bu', 'ile', 'için', 'olarak', 'da', 'de'],
};

export interface LanguageGuess {
  /** BCP 47 code, `und` when the script gives no answer. */
  language: string;
  /** Share of Arabic-script letters among all letters (0..1). */
  arabicShare: number;
}

/** Language by script ratio, and for Latin script by the most frequent stopwords. */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const arabic = sample.match(ARABIC)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
  const letters = arabic + latin;
  const arabicShare = letters === 0 ? 0 : arabic / letters;
  if (letters === 0) return { language: 'und', arabicShare };
  if (arabicShare >= 0.5) return { language: 'ar', arabicShare };
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best = 'und';
  let bestCount = 0;
  for (const [lang, list] of Object.entries(STOPWORDS)) {
    const set = new Set(list);
    const count = words.reduce((n, w) => n + (set.has(w) ? 1 : 0), 0);
    if (count > bestCount) { best = lang; bestCount = count; }
  }
  return { language: best, arabicShare };
}
