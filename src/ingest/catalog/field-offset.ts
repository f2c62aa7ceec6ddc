/** Offset of the line that sets `path[0]` at the top level of a YAML text (0 when not found). */
export function fieldOffset(yamlText: string, path: readonly PropertyKey[]): number {
  const key = path[0];
  if (typeof key !== 'string') return 0;
  const m = new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*:`, 'm').exec(yamlText);
  return m ? m.index : 0;
}
