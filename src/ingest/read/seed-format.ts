/** How a seed is read, from its name: a web page, Markdown, or plain text. */
export type SeedFormat = 'html' | 'markdown' | 'text';

export const SEED_NAME = /\.(txt|md|markdown|html?)$/i;

export function seedFormat(path: string): SeedFormat {
  if (/\.html?$/i.test(path)) return 'html';
  if (/\.(md|markdown)$/i.test(path)) return 'markdown';
  return 'text';
}
