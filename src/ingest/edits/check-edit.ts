import yaml from 'js-yaml';
import { dateSpan } from '../../lib/date-span.ts';
import { isEdtf } from '../../lib/edtf-check.ts';
import { ENTRY_KINDS, type Entry } from '../../lib/schemas.ts';
import type { PendingMessage } from '../diagnostics/diagnostic.ts';
import { titleFaults } from '../shared/title-faults.ts';
import { cleanFieldText } from '../shared/clean-field-text.ts';
import { valueExcerpt } from '../shared/value-excerpt.ts';
import type { EntryEdit } from './entry-edit.ts';
import type { EditBlock } from './split-edit-blocks.ts';

const FIELDS = ['title', 'date', 'dateCertainty', 'kind', 'round', 'actors', 'removed', 'merge_into', 'reason'] as const;
// Names a maintainer may reach for (the issue that specified the layer said `hidden`): the error says which field it is.
const SAME_AS: Readonly<Record<string, string>> = { hidden: 'removed', merged_into: 'merge_into', mergeInto: 'merge_into', merge: 'merge_into', actor: 'actors' };
const CERTAINTIES = ['exact', 'range', 'approximate'] as const;
// What changes a fact (when, which round, whether it happened) is explained on the page; a better
// wording of the title or the kind explains itself.
const NEED_REASON = ['date', 'dateCertainty', 'round', 'removed', 'mergeInto'] as const;
const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** An edit as checked in its block: `merge_into`'s place is still an offset in the file. */
export type CheckedEdit = Omit<EntryEdit, 'line' | 'column' | 'mergeInto'> & { mergeInto?: { id: string; offset: number } };

function fieldOffset(block: EditBlock, field: string): number {
  const m = new RegExp(`^[ \\t]+${field}[ \\t]*:`, 'm').exec(block.text);
  return block.offset + (m ? m.index + m[0].length - m[0].trimStart().length : 0);
}

const oneOf = (values: readonly string[]) => values.map((v) => `\`${v}\``).join(', ');

/**
 * One block of edits.yaml checked against what an edit may say: the edit, or null with an error at
 * the line of each wrong field (the entry then keeps its published file). Round ids must be the catalog's.
 */
export function checkEdit(block: EditBlock, roundIds: ReadonlySet<string>, actorIds: ReadonlySet<string>): { edit: CheckedEdit | null; messages: PendingMessage[] } {
  const messages: PendingMessage[] = [];
  const error = (offset: number, reason: string, rule = 'edit-field') => messages.push({ offset, severity: 'error', rule, reason });
  let data: unknown;
  try {
    data = yaml.load(block.text, { schema: yaml.CORE_SCHEMA });
  } catch (e) {
    const err = e as { reason?: string; mark?: { position?: number } };
    error(block.offset + Math.min(err.mark?.position ?? 0, block.text.length), `malformed YAML: ${err.reason ?? String(e)}`, 'edit-yaml');
    return { edit: null, messages };
  }
  const keys = data && typeof data === 'object' && !Array.isArray(data) ? Object.keys(data) : [];
  if (keys.length !== 1) {
    error(block.offset, 'expected `<entry id>:` in the first column, then the fields to change, indented (title:, date:, reason: …)', 'edit-yaml');
    return { edit: null, messages };
  }
  const id = keys[0]!;
  if (!SLUG.test(id)) {
    error(block.offset, `\`${valueExcerpt(id).slice(1, -1)}\` is not an entry id (lower-case letters, digits and hyphens, the name of a file in content/entries/)`, 'edit-yaml');
    return { edit: null, messages };
  }
  const value = (data as Record<string, unknown>)[id];
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    error(block.offset, `the edit of \`${id}\` must list the fields to change, indented under it (${oneOf(FIELDS)}), got ${valueExcerpt(value)}`);
    return { edit: null, messages };
  }
  const fields = value as Record<string, unknown>;
  const edit: CheckedEdit = { id };
  for (const key of Object.keys(fields)) {
    if ((FIELDS as readonly string[]).includes(key)) continue;
    const meant = SAME_AS[key] ? `: write \`${SAME_AS[key]}\`` : '';
    error(fieldOffset(block, key), `unknown field \`${key}\` in the edit of \`${id}\`${meant} (known: ${oneOf(FIELDS)})`);
  }
  const text = (field: 'title' | 'reason'): string | undefined => {
    const v = fields[field];
    if (v === undefined) return undefined;
    const cleaned = typeof v === 'string' ? cleanFieldText(v).text : '';
    if (!cleaned) error(fieldOffset(block, field), `\`${field}\` must be a non-empty text, got ${valueExcerpt(v)}`);
    return cleaned || undefined;
  };
  edit.title = text('title');
  if (edit.title) {
    const faults = titleFaults(edit.title);
    if (faults.length > 0) messages.push({ offset: fieldOffset(block, 'title'), severity: 'warning', rule: 'edit-title', reason: `the title of \`${id}\` reads poorly out of context: ${faults.join(', ')}` });
  }
  edit.reason = text('reason');
  if (fields.date !== undefined) {
    const d = typeof fields.date === 'string' || typeof fields.date === 'number' ? String(fields.date).trim() : '';
    // EDTF also allows forms the site cannot place on a timeline (2017-12-2X, 2017?): refused here, not at astro build.
    if (/^\d{4}/.test(d) && isEdtf(d) && dateSpan(d) !== null) edit.date = d;
    else error(fieldOffset(block, 'date'), `\`date\` must be an EDTF date such as 2017-12-21, 2017-12 or 2017-12-21/2017-12-22, got ${valueExcerpt(fields.date)}`);
  }
  const choice = <T extends string>(field: 'dateCertainty' | 'kind', values: readonly T[]): T | undefined => {
    const v = fields[field];
    if (v === undefined) return undefined;
    if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as T;
    error(fieldOffset(block, field), `\`${field}\` must be one of ${oneOf(values)}, got ${valueExcerpt(v)}`);
    return undefined;
  };
  edit.dateCertainty = choice<Entry['dateCertainty']>('dateCertainty', CERTAINTIES);
  edit.kind = choice<Entry['kind']>('kind', ENTRY_KINDS);
  if ('round' in fields) {
    const r = fields.round;
    if (r === null) edit.round = null;
    else if (typeof r === 'string' && roundIds.has(r)) edit.round = r;
    else error(fieldOffset(block, 'round'), `\`round\` must be a round id of the catalog (content/rounds/, e.g. astana-08) or null to detach the entry from its round, got ${valueExcerpt(r)}`);
  }
  if (fields.actors !== undefined) {
    const list = fields.actors;
    const ids = Array.isArray(list) && list.every((a) => typeof a === 'string') ? (list as string[]) : null;
    const unknown = ids?.filter((a) => !actorIds.has(a)) ?? [];
    if (ids === null) error(fieldOffset(block, 'actors'), `\`actors\` must be a list of actor ids of the catalog (content/actors/), e.g. [staffan-de-mistura, russia], or [] for none, got ${valueExcerpt(list)}`);
    else if (unknown.length > 0) error(fieldOffset(block, 'actors'), `\`actors\` names ${unknown.map((a) => `\`${valueExcerpt(a).slice(1, -1)}\``).join(', ')}, not an actor of the catalog (content/actors/<id>.yaml)`);
    else edit.actors = [...new Set(ids)].sort();
  }
  if (fields.merge_into !== undefined) {
    const into = fields.merge_into;
    const others = Object.keys(fields).filter((k) => k !== 'merge_into' && k !== 'reason');
    if (typeof into !== 'string' || !SLUG.test(into)) error(fieldOffset(block, 'merge_into'), `\`merge_into\` must be the id of the entry this one joins (the name of a file in content/entries/), got ${valueExcerpt(into)}`);
    else if (into === id) error(fieldOffset(block, 'merge_into'), `\`${id}\` cannot be merged into itself`);
    else if (others.length > 0) error(fieldOffset(block, 'merge_into'), `an entry merged into \`${into}\` shows that entry's title, date and round: edit \`${into}\` instead of giving ${oneOf(others)} here`);
    else edit.mergeInto = { id: into, offset: fieldOffset(block, 'merge_into') };
  }
  if (fields.removed !== undefined) {
    if (fields.removed === true) edit.removed = true;
    else if (fields.removed !== false) error(fieldOffset(block, 'removed'), `\`removed\` must be true or false, got ${valueExcerpt(fields.removed)}`);
  }
  const changes = FIELDS.filter((f) => f !== 'reason' && edit[f === 'merge_into' ? 'mergeInto' : f] !== undefined);
  if (messages.some((m) => m.severity === 'error')) return { edit: null, messages };
  if (changes.length === 0) {
    error(block.offset, `the edit of \`${id}\` changes nothing: give at least one of ${oneOf(FIELDS.filter((f) => f !== 'reason'))}`);
    return { edit: null, messages };
  }
  const unexplained = NEED_REASON.filter((f) => edit[f] !== undefined).map((f) => (f === 'mergeInto' ? 'merge_into' : f));
  if (unexplained.length > 0 && !edit.reason) {
    error(block.offset, `the edit of \`${id}\` changes ${oneOf(unexplained)}: add \`reason:\`, the editor's reason shown on the entry page`);
    return { edit: null, messages };
  }
  return { edit: Object.fromEntries(Object.entries(edit).filter(([, v]) => v !== undefined)) as CheckedEdit, messages };
}
