import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../src/lib/json-for-script.ts';

describe('jsonForScript', () => {
  const hostile = { name: 'قال «</script><img src=x onerror=alert(1)>» & <!-- ثم', line: 'a\u2028b' };
  it('never lets article text close the script element or open markup', () => {
    const out = jsonForScript(hostile);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
  });
  it('parses back to the same data', () => {
    expect(JSON.parse(jsonForScript(hostile))).toEqual(hostile);
  });
});
