import type { Node, Parent, Root } from 'mdast';
import { MappedTextBuilder, type MappedText } from '../shared/mapped-text.ts';
import { markdownParser } from './parsers.ts';
import { foldArabic } from '../../lib/arabic-fold.ts';
import { SECTION_MARKERS } from '../../lib/lexicon/furniture.ts';

export interface MarkdownSeed {
  /** The text as a reader sees it, a block a line, mapped to offsets of the file. */
  body: MappedText;
  /** The first heading's text. */
  title: string | null;
  /** Every http(s) link, in order, once: but those to other stories («اقرأ أيضاً: [عنوان](…)», a list of
   *  links under such a heading), which are no source of this one and whose days are theirs. */
  links: string[];
}

/** A line a page opens a list of other stories with («اقرأ أيضاً:»، «مواضيع ذات صلة»), folded. */
const MARKER = new RegExp(`^(?:${SECTION_MARKERS.join('|')})(?![\\p{L}])`, 'u');

/** How far past a character's expected place its source may be (an escape, a list's indentation). */
const LOOKAHEAD = 16;
const isHttp = (url: string) => /^https?:\/\//i.test(url);

type Positioned = Node & { value?: string; url?: string; alt?: string; children?: Node[] };

/**
 * A Markdown seed read as Markdown (CommonMark + GFM, YAML front matter skipped): headings, paragraphs,
 * list items, quotes and table rows become lines of plain text, with no `#`, `*`, `-` or `[…](…)` left;
 * each character keeps the file offset it was written at, so a diagnostic names the right line.
 */
export function readMarkdown(file: string): MarkdownSeed {
  const tree = markdownParser().parse(file) as Root;
  const builder = new MappedTextBuilder();
  const links: string[] = [];
  // The links of the block being read, and whether the blocks read last list other stories.
  let blockLinks: string[] = [];
  const teasers = new Set<string>();
  let inTeasers = false;
  // The text inside the block's links: a line that is nothing else is a list of links.
  let blockText = '';
  let linkDepth = 0;
  let title: string | null = null;
  let length = 0;
  let line = '';
  const chars: Array<[string, number]> = [];
  const emit = (value: string, start: number, end: number) => {
    // A value differs from its source by escapes, entities and indentation: align them character by character.
    let j = start;
    for (const ch of value) {
      let k = j;
      while (k < end && k < j + LOOKAHEAD && file.slice(k, k + ch.length) !== ch) k++;
      const at = k < end && file.slice(k, k + ch.length) === ch ? k : Math.min(j, Math.max(start, end - 1));
      chars.push([ch === '\n' ? ' ' : ch, at]);
      if (at === k) j = k + ch.length;
    }
  };
  const flush = () => {
    const first = chars.findIndex(([c]) => !/\s/u.test(c));
    let last = chars.length - 1;
    while (last >= 0 && /\s/u.test(chars[last]![0])) last--;
    if (first >= 0) {
      if (length > 0) {
        builder.push('\n', chars[first]![1], true);
        length++;
      }
      for (let i = first; i <= last; i++) {
        builder.push(chars[i]![0], chars[i]![1]);
        length += chars[i]![0].length;
      }
      line = chars.slice(first, last + 1).map(([c]) => c).join('');
      // «اقرأ أيضاً: [عنوان](…)», or a line that is only links under such a marker: other stories'.
      const marker = MARKER.test(foldArabic(line).replace(/^[^\p{L}]+/u, ''));
      const listed = inTeasers && blockLinks.length > 0 && blockText.trim() === line.trim();
      if (marker || listed) blockLinks.forEach((u) => teasers.add(u));
      inTeasers = marker || listed;
    }
    chars.length = 0;
    blockLinks = [];
    blockText = '';
    return first >= 0;
  };
  const inline = (node: Positioned) => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    const link = node.type === 'link' && node.url && isHttp(node.url) ? node.url : null;
    if (link) {
      if (!links.includes(link)) links.push(link);
      blockLinks.push(link);
      linkDepth++;
    }
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') {
      emit(node.value ?? '', start, end);
      if (linkDepth > 0) blockText += node.value ?? '';
    }
    else if (node.type === 'break') chars.push([' ', start]);
    else if (node.children) node.children.forEach((c) => inline(c as Positioned));
    if (link) linkDepth--;
  };
  const block = (node: Positioned) => {
    switch (node.type) {
      case 'yaml': case 'thematicBreak': case 'image': case 'imageReference': case 'footnoteDefinition':
        return;
      case 'definition':
        if (node.url && isHttp(node.url) && !links.includes(node.url)) links.push(node.url);
        return;
      case 'heading': case 'paragraph': case 'tableCell':
        (node as Parent).children.forEach((c) => inline(c as Positioned));
        if (node.type === 'tableCell') chars.push([' ', node.position?.end.offset ?? 0]);
        else if (flush() && node.type === 'heading' && title === null) title = line;
        return;
      case 'code': case 'html':
        emit(node.value ?? '', node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
        flush();
        return;
      case 'tableRow':
        (node as Parent).children.forEach((c) => block(c as Positioned));
        flush();
        return;
      default:
        if (node.children) node.children.forEach((c) => block(c as Positioned));
    }
  };
  block(tree as unknown as Positioned);
  return { body: builder.build(file.length), title, links: links.filter((u) => !teasers.has(u)) };
}
