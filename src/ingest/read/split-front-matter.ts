import yaml from 'js-yaml';
import type { PendingMessage } from '../diagnostics/diagnostic.ts';

export interface FrontMatterSplit {
  /** The parsed YAML mapping, or null when the file has none (or it could not be parsed). */
  data: Record<string, unknown> | null;
  /** Offset of the article body in the text (0 without front matter). */
  bodyOffset: number;
  /** Offset of the first YAML line, so field errors can point at their own line. */
  yamlOffset: number;
  yamlText: string;
  messages: PendingMessage[];
}

const OPEN = /^---[ \t]*\n/;
// Five short fields need a handful of values; a few hundred bytes of nested aliases («billion laughs»)
// expand to billions, which any code walking the value (a message quoting it) would pay for.
const MAX_VALUES = 1000;

/** Whether the value, aliases expanded, has more than `limit` nodes; stops counting there. */
function exceeds(value: unknown, limit: number): boolean {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (++count > limit) return true;
    if (v === null || typeof v !== 'object') continue;
    for (const child of Object.values(v)) {
      if (count + stack.push(child) > limit) return true;
    }
  }
  return false;
}
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

/**
 * Splits optional YAML front matter from the article. Parsed here with js-yaml (not gray-matter) because
 * the offsets of the fence and of a YAML error are needed to place messages on the file's lines; the
 * CORE schema keeps `published: 2017-12-20` a string instead of turning it into a Date.
 */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const none: FrontMatterSplit = { data: null, bodyOffset: 0, yamlOffset: 0, yamlText: '', messages: [] };
  const open = OPEN.exec(text);
  if (!open) return none;
  const yamlOffset = open[0].length;
  const rest = text.slice(yamlOffset);
  const close = CLOSE.exec(rest);
  if (!close) {
    return { ...none, messages: [{ offset: 0, severity: 'error', rule: 'front-matter-unclosed', reason: 'front matter opened with --- is never closed: add a line --- after the YAML fields' }] };
  }
  const yamlText = rest.slice(0, close.index);
  let bodyOffset = yamlOffset + close.index + close[0].length;
  if (text[bodyOffset] === '\n') bodyOffset++;
  try {
    const data = yaml.load(yamlText, { schema: yaml.CORE_SCHEMA }) ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { ...none, bodyOffset, yamlOffset, yamlText, messages: [{ offset: yamlOffset, severity: 'error', rule: 'front-matter-yaml', reason: 'front matter must be a YAML mapping of fields (title:, published: ...)' }] };
    }
    if (exceeds(data, MAX_VALUES)) {
      return { ...none, bodyOffset, yamlOffset, yamlText, messages: [{ offset: yamlOffset, severity: 'error', rule: 'front-matter-yaml', reason: `front matter holds more than ${MAX_VALUES} values once its YAML aliases (*name) are expanded: write the fields out plainly, without anchors and aliases` }] };
    }
    return { data: data as Record<string, unknown>, bodyOffset, yamlOffset, yamlText, messages: [] };
  } catch (error) {
    const e = error as { reason?: string; mark?: { position?: number } };
    const at = yamlOffset + Math.min(e.mark?.position ?? 0, yamlText.length);
    return { ...none, bodyOffset, yamlOffset, yamlText, messages: [{ offset: at, severity: 'error', rule: 'front-matter-yaml', reason: `malformed YAML front matter: ${e.reason ?? String(error)}` }] };
  }
}
