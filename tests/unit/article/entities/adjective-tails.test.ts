import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a capitalised noun written each time with the same lower-case adjective', () => {
  it('takes the adjective', () => {
    const text = `Réunie samedi à Morlenz, l'Entente républicaine a renoncé à son initiative. Le président de
l'Entente républicaine, Urs Baettig, veut assainir les finances de l'Entente républicaine.`;
    const shown = names(entitiesOf(text, 'fr'));
    expect(shown).toContain('Entente républicaine');
    expect(shown).not.toContain('Entente');
  });

  it('leaves it when the word is also written alone', () => {
    const text = `La Vallière urbaine attire les touristes, et la Vallière urbaine grandit vite. La Vallière reste
pourtant calme, dit le maire, Paul Ressac.`;
    expect(names(entitiesOf(text, 'fr'))).not.toContain('Vallière urbaine');
  });
});
