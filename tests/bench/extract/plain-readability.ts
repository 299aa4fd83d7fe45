/** Plain Readability 0.6.0, as a library user would call it: linkedom's `parseHTML`, then `parse().textContent`. */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Extractor } from './baseline';

export const plainReadability: Extractor = (html) =>
  new Readability(parseHTML(html).document as unknown as Document).parse()?.textContent ?? '';
