import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a French prize named after a person', () => {
  it('is no person after « prix »', () => {
    const text = `Son premier film avait reçu le prix Jean-Valmont du premier film. Nadia Rell revient avec un deuxième
      film, tourné à Marseille.`;
    expect(find(entitiesOf(text, 'fr'), 'Jean-Valmont')?.type).not.toBe('person');
    expect(find(entitiesOf(text, 'fr'), 'Nadia Rell')?.type).toBe('person');
  });
});
