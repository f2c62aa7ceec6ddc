// The text the date engine reads. A seed whose title is in its front matter (or a Markdown file's first
// heading, or a page's metadata) has a body that opens with the lead: the engine, whose headline is the
// text's first line, would never see the headline («الأسبوع المقبل»، «عاجل | …», a present-tense edge).
// The title then leads the text the engine reads, and every position it returns is moved back.
import { foldArabic } from '../../lib/arabic-fold.ts';

/** How far into the text a title already written there may start (a stamp line may stand above it). */
const TITLE_REACH = 400;

/** The text to date and how many characters stand before the clean text in it. */
export function datedText(text: string, title: string | undefined): { text: string; shift: number } {
  const headline = title?.replace(/\s+/gu, ' ').trim();
  if (!headline) return { text, shift: 0 };
  const top = foldArabic(text.slice(0, TITLE_REACH + headline.length)).replace(/\s+/gu, ' ');
  if (top.includes(foldArabic(headline))) return { text, shift: 0 };
  const prefix = `${headline}\n`;
  return { text: prefix + text, shift: prefix.length };
}
