// A ready-to-paste citation of an entry: outlet, article title, date of the entry, permanent URL and
// the day it was consulted is left out on purpose (the build has no clock; the reader adds it).
import { formatDateSpan, type DateCertainty } from './format-date-span.ts';

export interface CitationInput {
  title: string;
  date: string;
  dateCertainty?: DateCertainty;
  url: string;
  outlet?: string;
  articleTitle?: string;
}

/** «مسار، "عنوان الحدث"، 21 كانون الأول 2017، عن: إيلاف، "عنوان المقال". https://…». */
export function formatCitation(c: CitationInput): string {
  const parts = [`مسار، «${c.title}»`, formatDateSpan(c.date, c.dateCertainty ?? 'exact')];
  if (c.outlet || c.articleTitle) {
    const src = [c.outlet, c.articleTitle ? `«${c.articleTitle}»` : undefined].filter(Boolean).join('، ');
    parts.push(`عن: ${src}`);
  }
  return `${parts.join('، ')}. ${c.url}`;
}
