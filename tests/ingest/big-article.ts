// A long article of distinct paragraphs for the bad-input case: sentences of a seed, each paragraph
// with its own numbers and its own dated opening, so duplicate-line removal keeps them all.
const MONTHS = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];

/** About `bytes` of UTF-8 text built from the sentences of `seed`, no two paragraphs alike. */
export function bigArticle(seed: string, bytes: number): string {
  const sentences = seed.split(/\n+|(?<=[.؟!])\s+/u).map((s) => s.replace(/\s+/gu, ' ').trim()).filter((s) => s.split(' ').length >= 8);
  const paragraphs: string[] = [];
  let size = 0;
  for (let k = 0; size < bytes; k++) {
    const sentence = sentences[k % sentences.length]!.replace(/\d+/gu, (n) => String(Number(n) + k));
    const date = `${1 + (k % 28)} ${MONTHS[k % 12]} ${2016 + (k % 8)}`;
    const paragraph = `وفي ${date}، ${sentence} (${k + 1})`;
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  return paragraphs.join('\n\n');
}
