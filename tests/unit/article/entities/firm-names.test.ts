import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a French firm named once after its kind', () => {
  it('is a name, its number included', () => {
    const text = `Karim Benaissa, 52 ans, dirigeant de la société Entrepôtix 77, devra verser 80 000 euros. Les salariés
de l'entreprise Vendôme Froid ont témoigné.`;
    const shown = names(entitiesOf(text, 'fr'));
    expect(shown).toContain('Entrepôtix 77');
    expect(shown).toContain('Vendôme Froid');
  });

  it('keeps a count after a name written once without a firm noun', () => {
    const text = `Le club de Valmoray 12 points devant, a gagné. Le bilan de Valmoray reste fragile, selon Jean Brégeon.`;
    expect(names(entitiesOf(text, 'fr'))).not.toContain('Valmoray 12');
  });
});
