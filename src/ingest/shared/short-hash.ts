import { createHash } from 'node:crypto';

/** First 8 hex digits of SHA-256: short enough for an id, collisions checked where ids are made. */
export function shortHash(text: string, length = 8): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}
