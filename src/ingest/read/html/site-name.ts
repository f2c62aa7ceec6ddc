// Where a page without `og:site_name` or a JSON-LD publisher still names its site: the rest of its
// `<title>` around the headline («العنوان - الموقع», «الموقع: العنوان»), a part of its `<title>` that its
// copyright line repeats («جميع الحقوق محفوظة لشبكة …»), or the text of the logo linking to its home page.

/** Separators a CMS puts between the headline and the site's name in `<title>`. */
const SEPARATOR = /\s+[-–—|:·»«]\s+|\s*[|»«·]\s*|:\s+/u;
const COPYRIGHT = /©|&copy;|حقوق\s+(?:النشر|الطبع)|جميع\s+الحقوق|all\s+rights\s+reserved/iu;
/** A home page's path: `/`, `/index.php`, `/Default.aspx`, `/ar/`. */
const HOME_PATH = /^\/(?:[a-z]{2}\/?)?(?:(?:index|default|home)(?:\.\w+)?)?$/i;
/** A logo's alt that names the image, not the site. */
const GENERIC_ALT = /^(?:logo|الشعار|شعار|home|الرئيسية|الصفحة الرئيسية)$/iu;
const MAX_WORDS = 6;

const squeeze = (s: string) => s.replace(/\s+/gu, ' ').trim();
const short = (s: string) => s !== '' && s.split(' ').length <= MAX_WORDS;

/** The `<title>`'s text once the headline is taken off either end, when a separator stood between them. */
function titleAroundHeadline(title: string, headline: string): string | null {
  if (title === headline || headline === '') return null;
  for (const [rest, joint] of [title.startsWith(headline) ? [title.slice(headline.length), 'start'] : [], title.endsWith(headline) ? [title.slice(0, -headline.length), 'end'] : []] as Array<[string, string]>) {
    if (rest === undefined) continue;
    const sep = joint === 'start' ? new RegExp(`^(?:${SEPARATOR.source})`, 'u') : new RegExp(`(?:${SEPARATOR.source})$`, 'u');
    if (!sep.test(rest)) continue;
    const name = squeeze(rest.replace(sep, ''));
    if (short(name)) return name;
  }
  return null;
}

/** The site's name the page gives outside its metadata, or undefined. `headline` is the article's own title when known. */
export function siteName(document: Document, headline: string | undefined): string | undefined {
  const title = squeeze(document.querySelector('title')?.textContent ?? '');
  const body = document.body;
  if (title !== '' && headline) {
    const around = titleAroundHeadline(title, squeeze(headline));
    // The rest of the title is the site's only if the page names it again (a «طباعة:» prefix is not a site).
    if (around && body && squeeze(body.textContent ?? '').includes(around)) return around;
    if (around && Array.from(document.querySelectorAll('img[alt]')).some((img) => squeeze(img.getAttribute('alt') ?? '') === around)) return around;
  }
  if (title !== '' && body) {
    const copyright = Array.from(body.querySelectorAll('footer, p, div, td, span'))
      .map((el) => squeeze(el.textContent ?? ''))
      .filter((t) => t.length < 300 && COPYRIGHT.test(t));
    const parts = [title, ...title.split(SEPARATOR)].map(squeeze).filter(short);
    const named = parts.find((part) => part !== headline && copyright.some((line) => line.includes(part)));
    if (named) return named;
  }
  for (const img of Array.from(document.querySelectorAll('a[href] img[alt], a[href] amp-img[alt]'))) {
    const href = img.closest('a')?.getAttribute('href') ?? '';
    let path: string;
    try {
      path = new URL(href, 'http://x.invalid/').pathname;
    } catch {
      continue;
    }
    const alt = squeeze(img.getAttribute('alt') ?? '');
    if (HOME_PATH.test(path) && short(alt) && !GENERIC_ALT.test(alt)) return alt;
  }
  return undefined;
}
