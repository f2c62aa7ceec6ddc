import { createHash } from 'node:crypto';

/** The CSP source that allows exactly this inline code: `'sha256-<base64 of its UTF-8 bytes' hash>'`. */
export function cspHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}
