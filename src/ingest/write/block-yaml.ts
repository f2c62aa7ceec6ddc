import yaml from 'js-yaml';

// js-yaml's dump, for the documents the build step writes (front matter: mappings, sequences, strings,
// numbers, booleans), without its cost: it weighs every string character by character against the
// YAML grammar and every implicit type, 4 % of a worker's time and 2 s of the main thread's at 10,000
// articles. The rules below are js-yaml's own for a block document with these options; anything they
// do not cover (a line break, null, a control character, another kind of value) is left to js-yaml,
// for the whole document. The tests check the two agree on every front matter of the bench corpus and
// on random documents.
export const DUMP_OPTIONS = { lineWidth: -1, noRefs: true, sortKeys: false, quotingType: "'" } as const;

const INDENT = '  ';
// Characters that cannot start a plain scalar (YAML's indicators).
const INDICATORS = new Set('-?:,[]{}#&*!|=>\'"%@`');
const isBlank = (c: string) => c === ' ' || c === '\t';

// js-yaml's "printable", by character code: a single character read as a string (`text[i]`) is a new
// string for every Arabic letter, and that alone was three quarters of this module's time.
const unprintable = (c: number) => c < 0x20 || (c >= 0x7f && c <= 0xa0) || (c >= 0xd800 && c <= 0xdfff) || c === 0xfeff || c === 0x2028 || c === 0x2029 || c >= 0xfffe;
const blankCode = (c: number) => c === 0x20 || c === 0x09;

// An ASCII string may read as another type (a date, a number, a boolean such as «no»): js-yaml is asked,
// once per string. A string with any other character resolves to no implicit type, so only its
// characters decide.
const ASCII_MEMO_LIMIT = 10_000;
const asciiScalars = new Map<string, string>();

// A name of lowercase letters, digits and inner dashes that starts with a letter («round-opening»,
// «staffan-de-mistura») is no number or date; of such names only these read as a boolean or null.
const NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const WORDS_OF_OTHER_TYPES = new Set(['y', 'n', 'yes', 'no', 'on', 'off', 'true', 'false', 'null']);

function asciiScalar(text: string): string {
  if (NAME.test(text) && !WORDS_OF_OTHER_TYPES.has(text)) return text;
  let out = asciiScalars.get(text);
  if (out === undefined) {
    out = yaml.dump(text, DUMP_OPTIONS).slice(0, -1);
    if (asciiScalars.size >= ASCII_MEMO_LIMIT) asciiScalars.clear();
    asciiScalars.set(text, out);
  }
  return out;
}

/** A one-line string as js-yaml writes it in a block document: plain when it may be, else in single quotes; null when it is neither. */
export function yamlScalar(text: string): string | null {
  if (text === '') return "''";
  // One pass: printable, ASCII, and no « #» (a comment) or «: » (a mapping value) inside.
  let ascii = true;
  let inner = true;
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (unprintable(c)) return null;
    if (c > 0x7f) ascii = false;
    if ((c === 0x23 && blankCode(prev)) || (prev === 0x3a && blankCode(c))) inner = false;
    prev = c;
  }
  if (ascii) return asciiScalar(text);
  const first = text[0]!;
  const last = text[text.length - 1]!;
  const plain = inner && !isBlank(first) && !INDICATORS.has(first) && !isBlank(last) && last !== ':';
  return plain ? text : `'${text.replace(/'/g, "''")}'`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** A string, a finite number or a boolean as js-yaml writes it; null for any other value. */
function leaf(value: unknown): string | null {
  if (typeof value === 'string') return yamlScalar(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0) && !/e/i.test(String(value))) return String(value);
  return null;
}

// A key is written with flow rules, stricter than a value's: only a name that needs no quotes is taken.
// The same few field names come back in every document: each is judged once.
const keys = new Map<string, boolean>();
function plainKey(key: string): boolean {
  let ok = keys.get(key);
  if (ok === undefined) {
    ok = /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) && asciiScalar(key) === key;
    if (keys.size < ASCII_MEMO_LIMIT) keys.set(key, ok);
  }
  return ok;
}

// The document is built as one string, line by line, and a mapping's first line in a sequence takes its
// dash as it is written: an array of lines, joined at the end, with that line made again, and a pad
// repeated for every mapping, cost more than the lines themselves.
const PADS = Array.from({ length: 8 }, (_, depth) => INDENT.repeat(depth));
const padOf = (depth: number) => PADS[depth] ?? INDENT.repeat(depth);
let out = '';

/** Whether a mapping has a value to write (js-yaml leaves undefined ones out). */
function anyDefined(record: Record<string, unknown>): boolean {
  for (const key of Object.keys(record)) if (record[key] !== undefined) return true;
  return false;
}

/** A mapping's entries at `depth`, undefined values left out, the first line opening with `firstPad`; false when a value is not covered. */
function mappingLines(record: Record<string, unknown>, depth: number, firstPad: string): boolean {
  let pad = firstPad;
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (value === undefined) continue;
    if (!plainKey(key)) return false;
    if (!valueLines(`${pad}${key}:`, value, depth)) return false;
    pad = padOf(depth);
  }
  return true;
}

/** `head` («key:» or «-») with its value: on the line for a leaf or an empty collection, below it for the others. */
function valueLines(head: string, value: unknown, depth: number): boolean {
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out += `${head} []\n`;
      return true;
    }
    out += `${head}\n`;
    return sequenceLines(value, depth + 1);
  }
  if (isRecord(value)) {
    if (!anyDefined(value)) {
      out += `${head} {}\n`;
      return true;
    }
    out += `${head}\n`;
    return mappingLines(value, depth + 1, padOf(depth + 1));
  }
  const text = leaf(value);
  if (text === null) return false;
  out += `${head} ${text}\n`;
  return true;
}

/** A sequence's items at `depth`: a leaf after its dash, a mapping's first entry on the dash's line. */
function sequenceLines(items: readonly unknown[], depth: number): boolean {
  const pad = padOf(depth);
  for (const item of items) {
    if (isRecord(item) && anyDefined(item)) {
      // «- » is as wide as the indent it replaces: the mapping's other lines keep theirs.
      if (!mappingLines(item, depth + 1, `${pad}- `)) return false;
    } else {
      const text = leaf(item);
      if (text === null) return false;
      out += `${pad}- ${text}\n`;
    }
  }
  return true;
}

/** The block YAML js-yaml's dump gives for `fields` (DUMP_OPTIONS, undefined fields left out), or null when a value is not covered. */
export function blockYaml(fields: Record<string, unknown>): string | null {
  out = '';
  const covered = mappingLines(fields, 0, '');
  const text = out;
  out = '';
  if (!covered) return null;
  return text === '' ? '{}\n' : text;
}
