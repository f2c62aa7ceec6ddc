// The letters of each script, as ranges of UTF-16 units (all in the first plane): counted in one walk,
// where a regex match would make a string of every letter of the article.
const isArabic = (u: number) => (u >= 0x0600 && u <= 0x06ff) || (u >= 0x0750 && u <= 0x077f) || (u >= 0x08a0 && u <= 0x08ff) || (u >= 0xfb50 && u <= 0xfdff) || (u >= 0xfe70 && u <= 0xfeff);
const isLatin = (u: number) => (u >= 0x41 && u <= 0x5a) || (u >= 0x61 && u <= 0x7a) || (u >= 0xc0 && u <= 0x24f);

function countLetters(text: string): { arabic: number; latin: number } {
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (isArabic(unit)) arabic++;
    else if (isLatin(unit)) latin++;
  }
  return { arabic, latin };
}

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
  const { arabic, latin } = countLetters(sample);
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
