/**
 * A recipe's ingredients and steps, which recipe plugins print in a card of their own apart from the
 * post's prose, often as widgets Readability scores low: when the extraction holds little of what the
 * page's JSON-LD recipe lists, the missing part is added after the article from it, as a list (the
 * publisher's own text, as with `articleBody`). Present parts are never repeated.
 */
import type { JsonLdRecipe } from '@/utils/article/extract/json-ld';
import { bodyParagraphs, publisherCoverage } from '@/utils/article/extract/json-ld-body';

/** Below this share of a part's words found in the article, the extraction missed that part. */
const MIN_COVERAGE = 0.5;

function appendList(root: Element, tag: 'ul' | 'ol', entries: string[]): void {
  const list = root.ownerDocument.createElement(tag);
  for (const entry of entries) {
    const li = root.ownerDocument.createElement('li');
    li.textContent = entry;
    list.appendChild(li);
  }
  root.appendChild(list);
}

/** Adds to `root` (the extracted article) the parts of `recipe` it misses (mutates `root`). */
export function addMissingRecipeParts(root: Element, recipe: JsonLdRecipe | null): void {
  if (!recipe) return;
  const text = root.textContent ?? '';
  // Steps may be one string holding markup or line breaks: split as an article body is.
  const steps = recipe.steps.flatMap(bodyParagraphs);
  const ingredients = recipe.ingredients.flatMap(bodyParagraphs);
  const missing = (entries: string[]) =>
    entries.length > 0 && publisherCoverage(entries, text) < MIN_COVERAGE;
  if (missing(ingredients)) appendList(root, 'ul', ingredients);
  if (missing(steps)) appendList(root, 'ol', steps);
}
