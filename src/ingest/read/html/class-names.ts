// CMSs and themes name their blocks in class and id tokens («article-info», «node__meta», «ArticleInfo»):
// the rules that find a page's parts by those names read them as words.

/** The words of a class or id token: `article-info`, `node__meta`, `ArticleInfo` → article, info / node, meta / article, info. */
function nameWords(token: string): string[] {
  return token.replace(/([a-z])([A-Z])/gu, '$1-$2').toLowerCase().split(/[-_]+/u).filter((w) => w !== '');
}

/** The words of each class and id token of an element. */
export function namesOf(el: Element): string[][] {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/u).filter((t) => t !== '').map(nameWords);
}
