// The inline code of a built page that a Content-Security-Policy governs: <script> elements without
// `src` whose type runs as script, and <style> elements. Data blocks (JSON-LD, application/json) are
// not run, so the policy says nothing about them. Read from the HTML Astro writes, where a script's
// text cannot hold `</script` (the element would end there).

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i').exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

export interface InlineCode {
  scripts: string[];
  styles: string[];
}

export function findInlineCode(html: string): InlineCode {
  const scripts: string[] = [];
  for (const m of html.matchAll(SCRIPT)) {
    const attrs = m[1]!;
    if (attribute(attrs, 'src') !== undefined) continue;
    if (SCRIPT_TYPES.has((attribute(attrs, 'type') ?? '').trim().toLowerCase())) scripts.push(m[2]!);
  }
  return { scripts, styles: [...html.matchAll(STYLE)].map((m) => m[1]!) };
}
