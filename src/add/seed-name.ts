import { shortHash } from '../ingest/shared/short-hash.ts';

/**
 * A seed's file name from where the page comes from and its date: `<host>-<day>-<hash>.html`, e.g.
 * `badiya-news-example-2017-05-04-3fa2c1.html`. The host is the outlet in Latin letters (its name is
 * Arabic); the hash of the address keeps two stories of one outlet and day apart, and the same page
 * added twice under one name. The name becomes the article's permanent id.
 */
export function seedName(address: string | undefined, day: string | undefined, fallback: string): string {
  let host = '';
  try {
    host = address ? new URL(address).hostname.replace(/^www\./, '') : '';
  } catch {
    host = '';
  }
  const outlet = (host || fallback).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'page';
  const date = day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : 'undated';
  return `${outlet}-${date}-${shortHash(address ?? fallback, 6)}.html`;
}
