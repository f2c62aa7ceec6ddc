// Reads a _headers file as Cloudflare Pages serves it: every rule whose path matches the request
// applies, `*` matches any run of characters, and a header several matching rules set is sent once
// with their values joined by ", " (two Content-Security-Policy values are then both enforced).
// The browser tests' server sends what it gives, so a frame a rule forbids is refused by Chromium itself.

export interface HeaderRule { path: RegExp; headers: [string, string][] }

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ path: new RegExp(`^${pattern}$`), headers: [] });
      continue;
    }
    const at = line.indexOf(':');
    if (at < 0 || rules.length === 0) throw new Error(`_headers: a header line outside a rule or without a colon: ${line}`);
    rules.at(-1)!.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  }
  return rules;
}

export function headersForPath(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules) {
    if (!r.path.test(path)) continue;
    for (const [name, value] of r.headers) out[name] = out[name] === undefined ? value : `${out[name]}, ${value}`;
  }
  return out;
}
