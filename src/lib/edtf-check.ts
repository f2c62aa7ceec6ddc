import edtf from 'edtf';

// The `edtf` package parses through a general grammar (nearley), the slowest check of an entry; a
// corpus holds few distinct dates (days over a few years), each checked for every entry and article
// that carries it. Bounded, so a long-lived process (the dev server) never grows it without end.
const MEMO_LIMIT = 50_000;
const memo = new Map<string, boolean>();

function parses(value: string): boolean {
  try {
    edtf(value);
    return true;
  } catch {
    return false;
  }
}

/** True when `value` is a valid EDTF string (any level the `edtf` package parses). */
export function isEdtf(value: string): boolean {
  let ok = memo.get(value);
  if (ok === undefined) {
    ok = parses(value);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(value, ok);
  }
  return ok;
}
