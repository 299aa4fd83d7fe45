/**
 * The publisher's own `articleBody` (JSON-LD) as a check on the extraction: when the extracted text misses
 * most of it (Readability took a teaser, or the page builds its text with scripts and the DOM holds little),
 * the article is built from `articleBody` instead. It is never used to shorten a longer extraction: many
 * publishers put only a summary there.
 */

import { collapseSpaces } from '@/utils/shared/fold';
import { lowerWords } from '@/utils/shared/word-runs';

/** Below this share of `articleBody`'s words found in the extraction, the extraction missed the article. */
const MIN_COVERAGE = 0.6;
/** ...and `articleBody` must be this much longer than the extraction, and at least this many words. */
const MIN_LENGTH_RATIO = 1.5;
const MIN_BODY_WORDS = 50;

/** `articleBody` as plain paragraphs: markup some CMSs leave in it removed, entities decoded. */
export function bodyParagraphs(body: string): string[] {
  return body
    .replace(/<\/?(?:p|div|br|h[1-6]|li)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .split(/\n+/)
    .map(collapseSpaces)
    .filter(Boolean);
}

/** The share of `publisher`'s words (the publisher's own text, as words) found among the words of `text`. */
function coverage(publisher: string[], text: string): number {
  const found = new Set(lowerWords(text));
  return publisher.filter((w) => found.has(w)).length / Math.max(1, publisher.length);
}

/** The share of the words of `paragraphs` (the publisher's, from JSON-LD) found in the extracted `text`. */
export function publisherCoverage(paragraphs: string[], text: string): number {
  return coverage(lowerWords(paragraphs.join(' ')), text);
}

/** True when `articleBody` holds much more of the article than the extracted `text`. */
export function bodyOutweighs(text: string, body: string | null): body is string {
  if (!body) return false;
  const bodyWords = lowerWords(bodyParagraphs(body).join(' '));
  if (bodyWords.length < MIN_BODY_WORDS) return false;
  if (bodyWords.length < MIN_LENGTH_RATIO * lowerWords(text).length) return false;
  return coverage(bodyWords, text) < MIN_COVERAGE;
}

/** An article element holding `body`'s paragraphs as `<p>` elements of `doc`, after the page's `lead` if the body lacks it. */
export function bodyElement(doc: Document, body: string, lead: string | null): Element {
  const root = doc.createElement('div');
  const paragraphs = bodyParagraphs(body);
  const standfirst = collapseSpaces(lead);
  if (standfirst && !paragraphs.join(' ').includes(standfirst.slice(0, 40))) paragraphs.unshift(standfirst);
  for (const paragraph of paragraphs) {
    const p = doc.createElement('p');
    p.textContent = paragraph;
    root.appendChild(p);
  }
  return root;
}
