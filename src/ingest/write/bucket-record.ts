/** One merge bucket (see mergeEvents): which article versions fed it, and the entries it gave. Its own
 *  module: the pipeline makes these and the manifest stores them, and neither imports the other for it. */
export interface BucketRecord {
  /** Hash of the bucket's articles and their input hashes: equal means the same events, so the same entries. */
  sig: string;
  /** Entry id, hash of its data (see buildContent), the candidate ids merged into it, and whether an editor's edit touched it. */
  entries: Array<{ id: string; key: string; aliases: string[]; edited?: true }>;
}

/** A record's signature when one of its articles has no recorded version (it failed this run): merged again next run. */
export const UNVERSIONED_SIG = 'unversioned';
