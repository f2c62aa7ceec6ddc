import { basename, dirname, join, relative } from 'node:path';
import { formatDiagnostic } from '../diagnostics/format-diagnostic.ts';
import { TEMP_FILE } from './write-atomic.ts';

/** A failed file-system call as Node reports it. */
export interface IoError {
  code: string;
  syscall?: string;
  path?: string;
  message: string;
}

// What each failure means on a maintainer's machine, and what to do about it.
const ADVICE: Record<string, string> = {
  ENOSPC: 'no space left on the device: free some space, then run again',
  EDQUOT: 'the disk quota is used up: free some space or raise the quota, then run again',
  EROFS: 'the file system is read-only: build into a writable folder (--out), or mount it writable',
  EACCES: 'permission denied: give this user write access to the folder, or build into another --out',
  EPERM: "operation not permitted: check the folder's owner, mode and attributes",
  EISDIR: 'a folder stands where a file belongs: move it away',
  ENOTDIR: 'a file stands where a folder belongs: move it away',
  EMFILE: 'too many open files: close other programs or raise the limit (ulimit -n)',
  ENFILE: 'too many open files on the system: close other programs, then run again',
  EIO: 'input/output error: the disk may be failing; check it before running again',
  ENAMETOOLONG: 'the path is too long for the file system: build into a folder with a shorter path',
};

const VERB: Record<string, string> = { open: 'write', write: 'write', rename: 'write', link: 'create', unlink: 'remove', rmdir: 'remove', rm: 'remove', mkdir: 'create the folder', read: 'read', scandir: 'list the folder', stat: 'read', lstat: 'read' };

export function isIoError(error: unknown): error is IoError {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code);
}

/** The file a temporary file was about to become, else the path itself: a maintainer knows that one. */
export function intendedPath(path: string): string {
  const name = basename(path);
  if (!TEMP_FILE.test(name)) return path;
  return join(dirname(path), name.slice(1).replace(/\.\d+\.[0-9a-z]+\.tmp$/, ''));
}

/** One line for a failed file-system call: what could not be done, why, and what to do. */
export function describeIoError(error: IoError): { path: string | undefined; reason: string } {
  const verb = VERB[error.syscall ?? ''] ?? 'use';
  const why = ADVICE[error.code] ?? error.message.replace(/^\w+: /, '').replace(/, \w+ '.*'$/, '');
  return { path: error.path === undefined ? undefined : intendedPath(error.path), reason: `cannot ${verb}: ${why} (${error.code})` };
}

/**
 * What a run stopped by `error` prints after the diagnostics gathered so far, with no stack trace for
 * the maintainer: a file-system error as an error on its file (relative to `cwd`) and what to do; else
 * one line calling it a bug, with the stack only when `debug` asks for it.
 */
export function failureLines(error: unknown, cwd: string, debug: boolean): string[] {
  if (isIoError(error)) {
    const { path, reason } = describeIoError(error);
    return [
      formatDiagnostic({ file: path ? relative(cwd, path) : 'ingest', line: 1, column: 1, severity: 'error', rule: 'io', reason }),
      'ingest: stopped by a file system error; what was published before is intact: fix the cause above and run again',
    ];
  }
  const message = error instanceof Error ? error.message : String(error);
  const lines = [`ingest: internal error: ${message.split('\n')[0]!.slice(0, 300)} (a bug in the build step; MASAR_DEBUG=1 prints where it happened)`];
  if (debug && error instanceof Error) lines.push(`${error.stack}`);
  return lines;
}
