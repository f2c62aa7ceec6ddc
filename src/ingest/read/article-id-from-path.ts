import { SEED_NAME } from './seed-format.ts';
import { shortHash } from '../shared/short-hash.ts';

const ASCII = /^[\x00-\x7f]*$/;

/**
 * The article's permanent id from its file name alone (never from anything inferred):
 * `000_db2cdda413b17d13.txt` → `000-db2cdda413b17d13`. A name with no Latin letters or digits
 * (an Arabic file name) gets `article-` and a hash of the name, stable as long as the name is.
 */
export function articleIdFromPath(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  const stem = base.replace(SEED_NAME, '');
  // An ASCII name is its own NFKD form: ICU is asked only for the others (every seed's id is made on every run).
  const slug = (ASCII.test(stem) ? stem : stem.normalize('NFKD')).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug === '' ? `article-${shortHash(stem)}` : slug;
}
