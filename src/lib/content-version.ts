// A fixed version of an entry's content for its citation: the day of its newest source (when the entry
// last gained something to say) and a short fingerprint of everything it says (front matter and summary).
// Read from the content alone, never from the clock: the same content builds to the same version, and
// any change to the entry, however small, gives a new fingerprint.
import { createHash } from 'node:crypto';

export interface ContentVersion { day: string; hash: string }

/** JSON with object keys sorted at every level, so the fingerprint does not depend on key order. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** `day` is the content's own stamp (src/components/entry-stamp.ts); the hash is 8 hex digits of SHA-256. */
export function contentVersion(day: string, content: unknown): ContentVersion {
  return { day, hash: createHash('sha256').update(stableJson(content)).digest('hex').slice(0, 8) };
}
