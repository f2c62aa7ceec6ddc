// Which names of the seeds folder are articles, how the run names them, why it refuses one, and the
// hash that stands for a seed in the cache. cli-main.ts lists the folder and reads the files; the verdicts
// are here, so each is tested without a folder.
import { createHash } from 'node:crypto';
import { basename, join, relative } from 'node:path';
import type { Diagnostic } from './diagnostics/diagnostic.ts';
import { SEED_NAME } from './read/seed-format.ts';

/** What the folder listing (or an lstat, where the file system reports no type) says a name is. */
export type EntryKind = 'file' | 'link' | 'folder' | 'other';

/**
 * What the run does with a name of the seeds folder: `ignore` it (a dot file, a folder, a socket),
 * warn that it is `not-a-seed` (a file of another format), `refuse` it (a symbolic link: it is opened
 * without following, which refuses it with its target named), or `read` it as a seed.
 */
export type SeedVerdict = 'ignore' | 'not-a-seed' | 'refuse' | 'read';

export function classifySeed(name: string, kindOf: () => EntryKind): SeedVerdict {
  if (name.startsWith('.')) return 'ignore';
  // Asked only now: where the listing gives no type, finding it costs an lstat, spared for dot files.
  const kind = kindOf();
  // A link is refused whatever its name: `x.pdf → /etc/passwd` is as much a mistake as `x.txt → …`.
  if (kind === 'link') return 'refuse';
  if (kind !== 'file') return 'ignore';
  return SEED_NAME.test(name) ? 'read' : 'not-a-seed';
}

/** A seed's name in the run's diagnostics and cache: `<seeds folder name>/<file>`, whatever the working folder. */
export function sourceName(seeds: string, name: string): string {
  return sourceNamer(seeds)(name);
}

/** sourceName for one seeds folder, its name taken once: a run names 10,000 seeds twice. */
export function sourceNamer(seeds: string): (name: string) => string {
  const label = `${basename(seeds)}/`;
  return (name) => label + name;
}

/** The file a source name stands for, in the seeds folder `seeds`. */
export function seedPath(seeds: string, source: string): string {
  return join(seeds, source.slice(basename(seeds).length + 1));
}

/** A source name as printed: the path that opens it from the working folder `cwd`; other files as they are. */
export function openablePath(seeds: string, cwd: string): (file: string) => string {
  const label = `${basename(seeds)}/`;
  return (file) => (file.startsWith(label) ? relative(cwd, join(seeds, file.slice(label.length))) : file);
}

export function notASeed(source: string): Diagnostic {
  return { file: source, line: 1, column: 1, severity: 'warning', rule: 'not-a-seed', reason: 'not a .txt, .md or .html file: ignored' };
}

/**
 * The hash a seed is cached under. A refused seed has no bytes: the hash of its refusal stands for them,
 * so a link that now points elsewhere, or a file readable again, counts as a changed seed.
 */
export function seedHash(bytes: Uint8Array, refused: string | undefined): string {
  return createHash('sha256').update(refused === undefined ? bytes : `refused\0${refused}`).digest('hex');
}

/** Why a symbolic link is refused, naming its target (`null` when it could not be read) and whether that exists. */
export function linkRefusal(target: string | null, dangling: boolean): string {
  const raw = target ?? '?';
  const shown = JSON.stringify(raw.length > 120 ? `${raw.slice(0, 120)}…` : raw);
  return `a symbolic link${dangling ? ` to ${shown}, which does not exist` : ` (to ${shown})`}: seeds must be regular files inside the seeds folder, so a link can never publish a file from elsewhere; copy the article here instead`;
}

export function unreadableRefusal(code: string): string {
  return `cannot read the file (${code}): check that it is there and readable by this user`;
}

export const NOT_REGULAR = 'not a regular file: seeds must be plain .txt, .md or .html files';
