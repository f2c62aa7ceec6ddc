import edtf from 'edtf';

/** True when `value` is a valid EDTF string (any level the `edtf` package parses). */
export function isEdtf(value: string): boolean {
  try {
    edtf(value);
    return true;
  } catch {
    return false;
  }
}
