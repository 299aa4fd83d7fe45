/**
 * Shows, for each image that was not stored, its alt text and a button that loads it from the web
 * on request. The images have no `src` (reader-html moved it aside), so nothing loads by itself.
 */
import { MISSING_SRC_ATTR } from '@/utils/library/reader/reader-html';

/** Labels for the placeholders (localised by the caller). */
export interface MissingImageLabels {
  notStored: (alt: string) => string;
  load: string;
}

/** Adds a placeholder after each unstored image inside `root`. */
export function addMissingImagePlaceholders(root: HTMLElement, labels: MissingImageLabels): void {
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
      img.src = src;
      img.removeAttribute(MISSING_SRC_ATTR);
      box.remove();
    });
    box.append(note, ' ', button);
    img.after(box);
  }
}
