import { isEdtf } from '../../lib/edtf-check.ts';
import type { PendingMessage } from '../diagnostics/diagnostic.ts';
import { cleanFieldText } from '../shared/clean-field-text.ts';
import { valueExcerpt } from '../shared/value-excerpt.ts';

/** What a maintainer may set in a seed's front matter. */
export interface ArticleOverrides {
  title?: string;
  outlet?: string;
  url?: string;
  published?: string;
  ignore?: boolean;
  /** Why the article was taken down: its published URLs stay, as pages saying so, and nothing of its text. */
  withdrawn?: string;
  /** The licence allows the whole text on the site; without it the article page shows only its quotes. */
  republish?: boolean;
}

const FIELDS = ['title', 'outlet', 'url', 'published', 'ignore', 'withdrawn', 'republish'] as const;

/** A reason is a sentence or two on a page, never the article again. */
const MAX_REASON = 300;

function fieldOffset(yamlText: string, yamlOffset: number, field: string): number {
  const m = new RegExp(`^${field}[ \\t]*:`, 'm').exec(yamlText);
  return yamlOffset + (m ? m.index : 0);
}

/** An http(s) address: the only kind an article page may link to. */
export function isUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** Checks the front-matter fields; a wrong field is an error on its own line, an unknown one a warning. */
export function articleOverrides(data: Record<string, unknown> | null, yamlText: string, yamlOffset: number): { overrides: ArticleOverrides; messages: PendingMessage[] } {
  const overrides: ArticleOverrides = {};
  const messages: PendingMessage[] = [];
  if (!data) return { overrides, messages };
  const err = (field: string, reason: string) =>
    messages.push({ offset: fieldOffset(yamlText, yamlOffset, field), severity: 'error', rule: 'front-matter-field', reason });
  // Web clippers name the page's address `source` (Obsidian's, MarkDownload's): read as `url` where none is given.
  const clipped = (data.url === undefined || data.url === null) && typeof data.source === 'string' && isUrl(cleanFieldText(data.source).text.trim()) ? cleanFieldText(data.source).text.trim() : null;
  for (const key of Object.keys(data).sort()) {
    if (key === 'source' && clipped) continue;
    if (!(FIELDS as readonly string[]).includes(key)) {
      messages.push({ offset: fieldOffset(yamlText, yamlOffset, key), severity: 'warning', rule: 'front-matter-field', reason: `unknown front matter field \`${key}\` ignored (known: ${FIELDS.join(', ')})` });
    }
  }
  // Cleaned as the body is, with a warning when something was removed; null when not a text.
  const cleaned = (field: 'title' | 'outlet' | 'url' | 'withdrawn'): string | null => {
    const v = data[field];
    if (typeof v !== 'string') return null;
    const c = cleanFieldText(v);
    if (c.bidi + c.invisible > 0) {
      messages.push({ offset: fieldOffset(yamlText, yamlOffset, field), severity: 'warning', rule: 'bidi-control', reason: `\`${field}\`: ${c.bidi} bidirectional and ${c.invisible} invisible control character(s) removed (they can make text read differently from what it says)` });
    }
    return c.text;
  };
  const text = (field: 'title' | 'outlet') => {
    const v = data[field];
    if (v === undefined || v === null) return;
    const c = cleaned(field);
    if (!c) err(field, `\`${field}\` must be a non-empty text, got ${valueExcerpt(v)}`);
    else overrides[field] = c;
  };
  text('title');
  text('outlet');
  if (data.url !== undefined && data.url !== null) {
    const url = cleaned('url');
    if (url && isUrl(url)) overrides.url = url;
    else err('url', `\`url\` must be an http(s) address, got ${valueExcerpt(data.url)}`);
  }
  if (clipped) overrides.url = clipped;
  if (data.published !== undefined && data.published !== null) {
    const p = String(data.published).trim();
    if (isEdtf(p) && /^\d{4}/.test(p)) overrides.published = p;
    else err('published', `\`published\` must be an EDTF date such as 2017-12-20 or 2021-07-01/2021-07-06, got ${valueExcerpt(data.published)}`);
  }
  if (data.ignore !== undefined && data.ignore !== null) {
    if (typeof data.ignore === 'boolean') overrides.ignore = data.ignore;
    else err('ignore', `\`ignore\` must be true or false, got ${valueExcerpt(data.ignore)}`);
  }
  if (data.republish !== undefined && data.republish !== null) {
    if (typeof data.republish === 'boolean') overrides.republish = data.republish;
    else err('republish', `\`republish\` must be true or false, got ${valueExcerpt(data.republish)}`);
  }
  // The reason is what readers of the withdrawn pages see: a bare `true` would leave them with none.
  if (data.withdrawn !== undefined && data.withdrawn !== null && data.withdrawn !== false) {
    const reason = cleaned('withdrawn')?.trim();
    if (reason) overrides.withdrawn = reason.length > MAX_REASON ? `${reason.slice(0, MAX_REASON - 1)}…` : reason;
    else err('withdrawn', `\`withdrawn\` takes the reason the pages that stay will give, in Arabic: write \`withdrawn: "…"\` (got ${valueExcerpt(data.withdrawn)})`);
  }
  return { overrides, messages };
}
