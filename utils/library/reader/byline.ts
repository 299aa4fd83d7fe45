/** Whether an article's text already shows its byline, so the reader does not print it twice (pure). */
import { fold } from '@/utils/shared/fold';

/** How far into the text a byline is looked for: the lines under the title. */
const LEAD = 400;

/** True when `byline` (its names, folded) appears at the start of `text`. */
export function bylineInText(byline: string | null, text: string): boolean {
  const names = fold(byline ?? '')
    .replace(/^(by|par|von|por|di|door)\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (names.length < 3) return false;
  const lead = fold(text.slice(0, LEAD)).replace(/[^\p{L}\p{N}]+/gu, ' ');
  return lead.includes(names);
}
