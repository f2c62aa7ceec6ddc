/**
 * Where each retired entry id leads, chains followed (a → b → c): to an entry that is served (live, or
 * withdrawn: its notice). A mapping that ends nowhere served, or loops, is left out.
 */
export function resolveRedirects(redirects: Readonly<Record<string, string>>, served: (id: string) => boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [from, to] of Object.entries(redirects).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (served(from)) continue;
    let target = to;
    const seen = new Set([from]);
    while (!served(target) && redirects[target] !== undefined && !seen.has(target)) {
      seen.add(target);
      target = redirects[target]!;
    }
    if (served(target)) out[from] = target;
  }
  return out;
}
