/**
 * An image that was not stored shows as one compact placeholder: its alt text and a "Load from the web"
 * button, and nothing else (the image itself stays hidden, so no broken icon or empty box). The images
 * have no `src` (reader-html moved it aside), so nothing loads by itself; the page may not load it either
 * (its CSP allows no request): `load` asks the background, which downloads and stores it, and answers
 * with a local address to show it from.
 */
import { MISSING_SRC_ATTR } from '@/utils/library/reader/reader-html';

/** Labels for the placeholders (localised by the caller). */
export interface MissingImageLabels {
  notStored: (alt: string) => string;
  load: string;
  /** Said when the image could not be downloaded. */
  failed: string;
}

/** Downloads and stores image `url`; resolves to an address to show it from (a blob URL), or null. */
export type ImageLoader = (url: string) => Promise<string | null>;

/** Replaces each unstored image inside `root` by a placeholder until the reader loads it. */
export function addMissingImagePlaceholders(
  root: HTMLElement,
  labels: MissingImageLabels,
  load: ImageLoader,
): void {
  for (const img of root.querySelectorAll<HTMLImageElement>(`img[${MISSING_SRC_ATTR}]`)) {
    const src = img.getAttribute(MISSING_SRC_ATTR) ?? '';
    img.hidden = true;
    const box = document.createElement('span');
    box.className = 'missing-image';
    box.dataset.testid = 'missing-image';
    const note = document.createElement('span');
    note.className = 'missing-image-alt';
    note.textContent = labels.notStored(img.alt.trim());
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = labels.load;
    button.addEventListener('click', () => {
      button.disabled = true;
      void load(src).then((local) => {
        if (!local) {
          note.textContent = labels.failed;
          box.dataset.outcome = 'failed';
          button.disabled = false;
          return;
        }
        img.src = local;
        img.removeAttribute(MISSING_SRC_ATTR);
        img.hidden = false;
        box.remove();
      });
    });
    box.append(note, button);
    img.after(box);
  }
}
