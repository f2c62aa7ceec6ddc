/**
 * Whether one UTF-16 unit is of the class `re` tests (one character), answered from a table learnt the
 * first time each unit is met: for the loops that walk every character of a text by code, where a regex
 * call, or a one-character string, a character costs several times the lookup. A surrogate is tested
 * alone, so it is of no class (\p{L}, \s) but its own.
 */
export function unitClass(re: RegExp): (unit: number) => boolean {
  const UNKNOWN = 0;
  const IN = 1;
  const OUT = 2;
  const kinds = new Uint8Array(0x10000);
  return (unit) => {
    let kind = kinds[unit]!;
    if (kind === UNKNOWN) {
      kind = re.test(String.fromCharCode(unit)) ? IN : OUT;
      kinds[unit] = kind;
    }
    return kind === IN;
  };
}

/** The classes the engine's loops ask most, one table each for the whole run. */
export const isLetterUnit = unitClass(/\p{L}/u);
export const isSpaceUnit = unitClass(/\s/u);
/** A half of a surrogate pair: an astral character, which a unit's class cannot tell. */
export const isSurrogateUnit = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdfff;

/** Whether a text holds a surrogate half: code that reads by units sends such a text to the slower path
 *  that reads an astral character whole. Without the u flag, so that a pair is found by its halves. */
const SURROGATE = /[\uD800-\uDFFF]/;
export const hasSurrogate = (text: string): boolean => SURROGATE.test(text);
