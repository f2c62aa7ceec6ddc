export { sliceWithWords, wordsOf, type Word } from '../shared/text-words.ts';

// The article is written with a bare alif: «ألكسندر», «إيران» begin with a hamza and are not defined words.
export const hasArticle = (raw: string) => /^[«“„"(”]?(?:[وفب]?ال|[وف]?لل)/u.test(raw);
