/**
 * Shows, for each image that was not stored, its alt text and a button that loads it from the web
 * on request. The images have no `src` (reader-html moved it aside), so nothing loads by itself; the
 * page itself may not load it either (its CSP allows no request): `load` asks the background, which
 * downloads and stores it, and answers with a local address to show it from.
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

/** Adds a placeholder after each unstored image inside `root`. */
export function addMissingImagePlaceholders(
  root: HTMLElement,
  labels: MissingImageLabels,
  load: ImageLoader,
): void {
  for (const img of root.querySelectorAll<HTMLImageElement>(`img[${MISSING_SRC_ATTR}]`)) {
    const src = img.getAttribute(MISSING_SRC_ATTR) ?? '';
    const box = document.createElement('span');
    box.className = 'missing-image';
    box.dataset.testid = 'missing-image';
    const note = document.createElement('span');
    note.textContent = labels.notStored(img.alt);
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
        box.remove();
      });
    });
    box.append(note, ' ', button);
    img.after(box);
  }
}
