// RFC 4180 fields: quoted when they hold a comma, quote, CR or LF; quotes doubled. A field starting
// with = + - @ is prefixed with ' so a spreadsheet does not run it as a formula (CSV injection).

export function escapeCsv(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
