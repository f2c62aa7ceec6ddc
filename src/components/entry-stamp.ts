// When an entry was last published or changed, read from its own content alone: the newest publication
// day among the articles it quotes. Adding an article the entry does not quote leaves it as it was;
// a new source (a change to the entry) moves it. The build reads no clock, so this is the stamp the
// exports give (iCalendar's DTSTAMP, Atom's updated).
import { contentStamp } from '../lib/content-stamp.ts';

interface Quoting { data: { sources: readonly { article: string }[] } }
interface Published { data: { published?: string } }

/** YYYY-MM-DD: the last day covered by the publication date of any source of `entry`. */
export function entryStamp(entry: Quoting, articleById: ReadonlyMap<string, Published>): string {
  return contentStamp(entry.data.sources.map((s) => articleById.get(s.article)?.data.published));
}
