import { foldLine } from '../shared/fold-line.ts';
import { KNOWN_OUTLETS } from '../../lib/lexicon/outlets.ts';

// Phrases in which a page names itself: "received a copy" ("تلقت «إيلاف» نسخة منه"), the comment
// disclaimer ("عن رأي إيلاف"), "told <outlet>" with the name in quotes ("قال لـ«الوطن»").
const SELF_REFERENCES: readonly RegExp[] = [
  /تلقت?\s*["“«]([^"”»]{2,40})["”»]\s*نسخة/u,
  /(?:عن|تمثل|يمثل)\s+رأي\s+(?:موقع\s+|صحيفة\s+)?([\p{L} ]{2,40}?)\s*\.?\s*$/mu,
  /(?:قالت?|أكدت?|أوضحت?|صرحت?|كشفت?)\s[^\n]{0,60}?\sلـ\s?[«"“]([^"”»]{2,40})[»"”]/u,
];

/** The outlet the text names for itself, when it does; only names of known outlets or quoted self-references. */
export function findOutlet(text: string): string | null {
  for (const pattern of SELF_REFERENCES) {
    const m = pattern.exec(text);
    if (!m) continue;
    const name = m[1]!.trim();
    const known = KNOWN_OUTLETS[foldLine(name)];
    if (known) return known;
    if (pattern === SELF_REFERENCES[0]) return name;
  }
  return null;
}
