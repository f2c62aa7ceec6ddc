import { describe, expect, it } from 'vitest';
import { describeIoError, intendedPath, isIoError } from '../../../src/ingest/write/describe-io-error.ts';

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
