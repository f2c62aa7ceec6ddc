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
// Characters that cannot start a plain scalar (YAML's indicators), and js-yaml's "printable".
const INDICATORS = new Set('-?:,[]{}#&*!|=>\'"%@`');
const isBlank = (c: string) => c === ' ' || c === '\t';

function printable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0xa0) || (c >= 0xd800 && c <= 0xdfff) || c === 0xfeff || c === 0x2028 || c === 0x2029 || c >= 0xfffe) return false;
  }
  return true;
}

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
  if (!printable(text)) return null;
  if (!/[^\x00-\x7f]/u.test(text)) return asciiScalar(text);
  const first = text[0]!;
  const last = text[text.length - 1]!;
  let plain = !isBlank(first) && !INDICATORS.has(first) && !isBlank(last) && last !== ':';
  for (let i = 1; plain && i < text.length; i++) {
    const c = text[i]!;
    const prev = text[i - 1]!;
    // « #» opens a comment, «: » a mapping value.
    if ((c === '#' && isBlank(prev)) || (prev === ':' && isBlank(c))) plain = false;
  }
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

/** Lines of a mapping's entries at `depth`, undefined values left out; null when a value is not covered. */
function mappingLines(record: Record<string, unknown>, depth: number, lines: string[]): boolean {
  const pad = INDENT.repeat(depth);
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    if (!plainKey(key)) return false;
    if (!valueLines(`${pad}${key}:`, value, depth, lines)) return false;
  }
  return true;
}

/** `head` («key:» or «-») with its value: on the line for a leaf or an empty collection, below it for the others. */
function valueLines(head: string, value: unknown, depth: number, lines: string[]): boolean {
  if (Array.isArray(value)) {
    if (value.length === 0) return lines.push(`${head} []`) > 0;
    lines.push(head);
    return sequenceLines(value, depth + 1, lines);
  }
  if (isRecord(value)) {
    if (Object.values(value).every((v) => v === undefined)) return lines.push(`${head} {}`) > 0;
    lines.push(head);
    return mappingLines(value, depth + 1, lines);
  }
  const text = leaf(value);
  return text !== null && lines.push(`${head} ${text}`) > 0;
}

/** Lines of a sequence's items at `depth`: a leaf after its dash, a mapping's first entry on the dash's line. */
function sequenceLines(items: readonly unknown[], depth: number, lines: string[]): boolean {
  const pad = INDENT.repeat(depth);
  for (const item of items) {
    if (isRecord(item) && Object.values(item).some((v) => v !== undefined)) {
      const from = lines.length;
      if (!mappingLines(item, depth + 1, lines)) return false;
      lines[from] = `${pad}- ${lines[from]!.slice(pad.length + INDENT.length)}`;
    } else {
      const text = leaf(item);
      if (text === null) return false;
      lines.push(`${pad}- ${text}`);
    }
  }
  return true;
}

/** The block YAML js-yaml's dump gives for `fields` (DUMP_OPTIONS, undefined fields left out), or null when a value is not covered. */
export function blockYaml(fields: Record<string, unknown>): string | null {
  const lines: string[] = [];
  if (!mappingLines(fields, 0, lines)) return null;
  return lines.length === 0 ? '{}\n' : `${lines.join('\n')}\n`;
}
