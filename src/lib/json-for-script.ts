/**
 * JSON to put inside a <script> element: `<`, `>` and `&` written as \u escapes, and the two line
 * separators JavaScript once refused, so text from an article ("</script><img …>") can never close
 * the element or start markup. The value parses back to the same data.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
