/**
 * An image that was not stored shows as one compact placeholder: its alt text and a "Load from the web"
 * button, and nothing else (the image itself stays hidden, so no broken icon or empty box). The
 * images have no `src` (reader-html moved it aside), so nothing loads until the reader asks.
 */
import { MISSING_SRC_ATTR } from '@/utils/library/reader/reader-html';

/** Labels for the placeholders (localised by the caller). */
export interface MissingImageLabels {
  notStored: (alt: string) => string;
  load: string;
}

/** Replaces each unstored image inside `root` by a placeholder until the reader loads it. */
export function addMissingImagePlaceholders(root: HTMLElement, labels: MissingImageLabels): void {
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
      img.src = src;
      img.removeAttribute(MISSING_SRC_ATTR);
      img.hidden = false;
      box.remove();
    });
    box.append(note, button);
    img.after(box);
  }
}
