// Bidi and invisible controls shown by their code, so a message never carries them.
const HIDDEN = /[\u202A-\u202E\u2066-\u2069\u200B-\u200F\u061C\u2060-\u2064\uFEFF\u00AD\u180E]/gu;

/**
 * A front matter value as a diagnostic shows it: JSON-like, cut after about `max` characters. The walk
 * stops there too, so a value that YAML aliases expand to millions of items costs no more than a short one.
 */
export function valueExcerpt(value: unknown, max = 60): string {
  let out = '';
  const full = () => out.length > max;
  const visit = (v: unknown): void => {
    if (full()) return;
    if (Array.isArray(v)) {
      out += '[';
      for (let i = 0; i < v.length && !full(); i++) {
        if (i > 0) out += ', ';
        visit(v[i]);
      }
      out += ']';
    } else if (v !== null && typeof v === 'object') {
      out += '{';
      const keys = Object.keys(v);
      for (let i = 0; i < keys.length && !full(); i++) {
        out += `${i > 0 ? ', ' : ''}${JSON.stringify(keys[i]!.slice(0, max))}: `;
        visit((v as Record<string, unknown>)[keys[i]!]);
      }
      out += '}';
    } else out += typeof v === 'string' ? JSON.stringify(v.slice(0, max + 1)) : String(v);
  };
  visit(value);
  const shown = out.length > max ? `${out.slice(0, max)}…` : out;
  return shown.replace(HIDDEN, (c) => `\\u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
}
