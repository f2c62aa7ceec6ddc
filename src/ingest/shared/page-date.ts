// The date a web page states about itself, as the read stage hands it to the date stage.

/** A date the page states about itself: the day as written, the field that gave it, where it is in the file. */
export interface PageDate {
  /** YYYY-MM-DD: the calendar day written in the value, in the page's own time zone. */
  day: string;
  /** Which field said it, as a maintainer would look for it: `article:published_time`, `JSON-LD datePublished`, `<time datetime>`. */
  field: string;
  /** Offset of the value in the file, for diagnostics. */
  offset: number;
}
