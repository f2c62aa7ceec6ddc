/** A half-open span [start, end) of the cleaned article text. */
export interface Span {
  start: number;
  end: number;
}
