import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeIoError, failureLines, intendedPath, isIoError } from '../../../src/ingest/write/describe-io-error.ts';

const fsError = (code: string, syscall: string, path: string, message: string) => Object.assign(new Error(message), { code, syscall, path });

describe('describeIoError', () => {
  it('names the file a temporary file was becoming, and says what to do', () => {
    const e = fsError('ENOSPC', 'write', 'content/entries/.001-a-123456.mdx.4242.k3x9.tmp', 'ENOSPC: no space left on device, write');
    expect(describeIoError(e)).toEqual({ path: 'content/entries/001-a-123456.mdx', reason: 'cannot write: no space left on the device: free some space, then run again (ENOSPC)' });
  });

  it('keeps a path that is no temporary file, and falls back to the system message without its path', () => {
    expect(intendedPath('content/ids.lock.json')).toBe('content/ids.lock.json');
    const e = fsError('EBUSY', 'unlink', 'content/entries/x.mdx', "EBUSY: resource busy or locked, unlink 'content/entries/x.mdx'");
    expect(describeIoError(e).reason).toBe('cannot remove: resource busy or locked (EBUSY)');
  });

  it('tells a file system error from a bug', () => {
    expect(isIoError(fsError('EROFS', 'open', 'x', 'EROFS'))).toBe(true);
    expect(isIoError(new RangeError('Invalid string length'))).toBe(false);
  });
});

describe('failureLines', () => {
  const thrown = (act: () => unknown): unknown => {
    try {
      act();
    } catch (error) {
      return error;
    }
    throw new Error('it did not fail');
  };

  it('gives a real file-system failure as an error on its file, from the working folder, and what to do', () => {
    const folder = join(tmpdir(), 'masar-content');
    const error = thrown(() => readFileSync(join(folder, 'ids.lock.json')));
    const lines = failureLines(error, folder, false);
    expect(lines[0]).toMatch(/^ids\.lock\.json:1:1 error: cannot \w+: .*no such file or directory \(ENOENT\) \[io\]$/);
    expect(lines[1]).toBe('ingest: stopped by a file system error; what was published before is intact: fix the cause above and run again');
    const onFolder = failureLines(thrown(() => writeFileSync(tmpdir(), 'x')), '/', false);
    expect(onFolder[0]).toContain('error: cannot write: a folder stands where a file belongs: move it away (EISDIR) [io]');
  });

  it('calls anything else a bug in one line, cut at 300 characters, and adds the stack only when asked', () => {
    const error = thrown(() => (JSON.parse('null') as { entries: string[] }).entries.length);
    const [line, ...rest] = failureLines(error, '/', false);
    expect(line).toMatch(/^ingest: internal error: Cannot read properties of null \(reading 'entries'\) \(a bug in the build step; MASAR_DEBUG=1 prints where it happened\)$/);
    expect(rest).toEqual([]);
    expect(failureLines(error, '/', true)[1]).toBe((error as Error).stack);
    const long = failureLines(new Error(`${'ت'.repeat(400)}\nsecond line`), '/', false)[0]!;
    expect(long).toBe(`ingest: internal error: ${'ت'.repeat(300)} (a bug in the build step; MASAR_DEBUG=1 prints where it happened)`);
    expect(failureLines('a thrown string', '/', true)).toEqual(['ingest: internal error: a thrown string (a bug in the build step; MASAR_DEBUG=1 prints where it happened)']);
  });
});
