const cache = new Map<readonly string[], { anywhere: RegExp; opening: RegExp }>();

function compiled(phrases: readonly string[]): { anywhere: RegExp; opening: RegExp } {
  let c = cache.get(phrases);
  if (!c) {
    const alternatives = [...phrases].sort((a, b) => b.length - a.length).join('|');
    c = {
      // Whole words, with an attached و ف ب ل and the article ال allowed in front.
      anywhere: new RegExp(`(?:^| )[وفبل]?(?:ال)?(?:${alternatives})(?= |$)`, 'u'),
      opening: new RegExp(`^(?:${alternatives})(?= |$)`, 'u'),
    };
    cache.set(phrases, c);
  }
  return c;
}

/** True when folded `text` holds one of the folded phrases as whole words. */
export function hasPhrase(text: string, phrases: readonly string[]): boolean {
  return compiled(phrases).anywhere.test(text);
}

/** True when folded `text` starts with one of the folded phrases as a whole word. */
export function startsWithPhrase(text: string, phrases: readonly string[]): boolean {
  return compiled(phrases).opening.test(text);
}
