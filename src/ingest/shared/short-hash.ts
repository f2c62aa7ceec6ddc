import { hash } from 'node:crypto';

/** First 8 hex digits of SHA-256: short enough for an id, collisions checked where ids are made. */
export function shortHash(text: string, length = 8): string {
  // The one-shot digest: a Hash object a call cost more than hashing a quote (one call an event).
  return hash('sha256', text, 'hex').slice(0, length);
}
