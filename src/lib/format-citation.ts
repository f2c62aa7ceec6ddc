// A ready-to-paste citation of an entry: the site, the entry's title and date, its first source, the
// version of the content cited, the day the reader consulted it and the permanent URL. The build has no
// clock, so the access day is a placeholder in the page, filled in by the reader's browser (or by hand).
import { formatDateSpan, type DateCertainty } from './format-date-span.ts';
import { formatArabicDate } from './format-arabic-date.ts';
import type { ContentVersion } from './content-version.ts';

export interface CitationInput {
  title: string;
  date: string;
  dateCertainty?: DateCertainty;
  url: string;
  outlet?: string;
  articleTitle?: string;
  version?: ContentVersion;
  /** The access day as written in the citation: «4 كانون الأول 2026», or the page's placeholder. */
  accessed?: string;
}

/** What a page shows where the reader's access day goes until their browser (or they) fill it in. */
export const ACCESS_DAY_PLACEHOLDER = '[تاريخ اطلاعك]';

/** «نسخة 15 آذار 2024 (3fa2c1d0)». */
export function formatVersion(v: ContentVersion): string {
  return `نسخة ${formatArabicDate(v.day)} (${v.hash})`;
}

/** «مسار، «عنوان الحدث»، 21 كانون الأول 2017، عن: إيلاف، «عنوان المقال». نسخة …. اطُّلع عليه في …. https://…». */
export function formatCitation(c: CitationInput): string {
  const parts = [`مسار، «${c.title}»`, formatDateSpan(c.date, c.dateCertainty ?? 'exact')];
  if (c.outlet || c.articleTitle) {
    const src = [c.outlet, c.articleTitle ? `«${c.articleTitle}»` : undefined].filter(Boolean).join('، ');
    parts.push(`عن: ${src}`);
  }
  const tail = [
    ...(c.version ? [`${formatVersion(c.version)}.`] : []),
    ...(c.accessed ? [`اطُّلع عليه في ${c.accessed}.`] : []),
  ];
  return `${parts.join('، ')}. ${tail.length ? `${tail.join(' ')} ` : ''}${c.url}`;
}
