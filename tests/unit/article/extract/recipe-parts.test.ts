import { describe, expect, it } from 'vitest';
import { jsonLdRecipe } from '@/utils/article/extract/json-ld';
import { addMissingRecipeParts } from '@/utils/article/extract/recipe-parts';
import { articleOf, pageOf } from './helpers';

const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

const RECIPE = {
  '@context': 'https://schema.org',
  '@graph': [
    { '@type': 'WebPage', name: 'Soup' },
    {
      '@type': 'Recipe',
      name: 'Harbour leek soup',
      recipeIngredient: ['3 leeks', '2 potatoes', '1 l vegetable stock', 'salt &amp; pepper'],
      recipeInstructions: [
        {
          '@type': 'HowToSection',
          itemListElement: [
            { '@type': 'HowToStep', text: 'Wash the leeks and slice them into thin rings.' },
            { '@type': 'HowToStep', text: 'Peel and dice the potatoes.' },
          ],
        },
        { '@type': 'HowToStep', text: 'Simmer everything in the stock for twenty minutes, then blend.' },
      ],
    },
  ],
};
const PROSE =
  '<p>Every winter the fishermen of the bay ate this soup after the first storm, and my grandmother made it on Sundays.</p>';

describe('jsonLdRecipe', () => {
  it('reads ingredients and steps from strings, HowToSteps and HowToSections', () => {
    const recipe = jsonLdRecipe(pageOf('<p>x</p>', ld(RECIPE)));
    expect(recipe?.ingredients).toEqual(['3 leeks', '2 potatoes', '1 l vegetable stock', 'salt & pepper']);
    expect(recipe?.steps).toEqual([
      'Wash the leeks and slice them into thin rings.',
      'Peel and dice the potatoes.',
      'Simmer everything in the stock for twenty minutes, then blend.',
    ]);
    expect(jsonLdRecipe(pageOf('<p>x</p>', ld({ '@type': 'NewsArticle', headline: 'Soup' })))).toBeNull();
  });
});

describe('addMissingRecipeParts', () => {
  const recipe = () => jsonLdRecipe(pageOf('<p>x</p>', ld(RECIPE)));

  it('adds the ingredients and steps an extraction of the prose alone misses', () => {
    const root = articleOf(PROSE);
    addMissingRecipeParts(root, recipe());
    expect(root.innerHTML).toBe(
      `${PROSE}<ul><li>3 leeks</li><li>2 potatoes</li><li>1 l vegetable stock</li><li>salt &amp; pepper</li></ul>` +
        '<ol><li>Wash the leeks and slice them into thin rings.</li><li>Peel and dice the potatoes.</li>' +
        '<li>Simmer everything in the stock for twenty minutes, then blend.</li></ol>',
    );
  });

  it('adds nothing the extraction holds already, in its own words and markup', () => {
    const html =
      `${PROSE}<table><tr><td>3</td><td>leeks</td></tr><tr><td>2</td><td>potatoes</td></tr><tr><td>1 l</td><td>vegetable stock</td></tr></table>` +
      '<p>1. Wash and slice the leeks into thin rings. 2. Peel and dice the potatoes. 3. Simmer everything in the stock for twenty minutes; blend.</p>';
    const root = articleOf(html);
    addMissingRecipeParts(root, recipe());
    expect(root.innerHTML).toBe(html);
    addMissingRecipeParts(root, null);
    expect(root.innerHTML).toBe(html);
  });
});
