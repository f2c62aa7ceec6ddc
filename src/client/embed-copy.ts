// «تضمين»: opening it copies the iframe code of the page's embed view; «نسخ الرمز» copies it again. On the
// timeline the code is rebuilt first from the filters in the address, which the reader may have changed.
import { embedCode, timelineEmbedSrc } from '../lib/embed-code.ts';
import { FILTER_PARAMS } from './filter-notice.ts';

export function mountEmbedCopy(): void {
  for (const box of document.querySelectorAll<HTMLDetailsElement>('details.embed-code')) {
    const text = box.querySelector<HTMLTextAreaElement>('textarea');
    const status = box.querySelector<HTMLElement>('.embed-code-status');
    if (!text || !status) continue;
    const copy = async () => {
      if (box.dataset.filtered !== undefined) {
        const src = timelineEmbedSrc(box.dataset.src ?? '', location.search, FILTER_PARAMS.map((p) => p.name));
        text.value = embedCode({ src, title: box.dataset.title ?? '', height: Number(box.dataset.height) });
      }
      try {
        await navigator.clipboard.writeText(text.value);
        status.textContent = 'نُسخ رمز التضمين؛ الصقه في صفحتك.';
      } catch {
        // No clipboard (an old browser, a denied permission): the code is selected for the reader to copy.
        text.select();
        status.textContent = 'تعذر النسخ التلقائي؛ الرمز محدد، انسخه يدوياً.';
      }
    };
    box.addEventListener('toggle', () => { if (box.open) void copy(); });
    box.querySelector('[data-embed-copy]')?.addEventListener('click', () => void copy());
  }
}
