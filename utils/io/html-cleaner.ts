/**
 * The browser-side HtmlCleaner: DOMPurify bound to a real window. Imported pages are hostile like
 * any page, so only DOMPurify's safe subset is stored. DOMPurify needs a full DOM implementation,
 * which is why this lives apart from the pure parsers (they receive it as an argument).
 */
import createDOMPurify from 'dompurify';
import type { HtmlCleaner } from './omnivore';

/** Binds DOMPurify to `win`; throws if that window cannot run it rather than storing raw HTML. */
export function createHtmlCleaner(win: Window & typeof globalThis): HtmlCleaner {
  const purify = createDOMPurify(win);
  if (!purify.isSupported) throw new Error('DOMPurify is not supported in this environment');
  return (dirty) => {
    const fragment = purify.sanitize(dirty, {
      RETURN_DOM_FRAGMENT: true,
      FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe', 'object', 'embed'],
    });
    const box = win.document.createElement('div');
    box.append(fragment);
    return { html: box.innerHTML, text: (box.textContent ?? '').replace(/\s+/g, ' ').trim() };
  };
}
