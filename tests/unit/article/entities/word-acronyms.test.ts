import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('an acronym written as a word, in brackets after its name', () => {
  it('joins a name whose remits a comma lists', () => {
    const text = `La commune travaille avec l'Institut national de recherche pour l'agriculture, la forêt et
l'environnement (Inrafe), qui teste des essences nouvelles. L'Inrafe publiera ses résultats en mai.`;
    const body = find(entitiesOf(text, 'fr'), 'Inrafe');
    expect(body?.variants.concat(body.text)).toContain(
      "Institut national de recherche pour l'agriculture, la forêt et l'environnement",
    );
    expect(names(entitiesOf(text, 'fr'))).not.toContain('Institut national de recherche');
  });

  it('is no acronym of words whose initials do not spell it', () => {
    const text = `Le jury a distingué l'historienne Maud Lerrant pour Les Jardins de l'exil (Sorel), une enquête sur les
réfugiés. Maud Lerrant a remercié les éditions Sorel.`;
    const shown = names(entitiesOf(text, 'fr'));
    expect(shown).toContain('Maud Lerrant');
    expect(shown.some((n) => n.includes('Lerrant pour'))).toBe(false);
  });

  it('leaves a capital after a comma out of the name before it', () => {
    const text = `The Harbour Climate Fund, Series Two (HCF) raised money. Harbour Climate Fund managers said the HCF
would invest in Europe.`;
    const fund = find(entitiesOf(text, 'en'), 'HCF');
    expect(fund?.variants.concat(fund.text).some((n) => n.includes('Series'))).toBe(false);
  });

  it('takes the name up to the bracket when a seven-letter acronym spells its words (« près les »)', () => {
    const text = `Depuis lundi, l'Union nationale des experts géomètres assermentés près les cours d'appel (Unegaca)
appelle à la grève, a indiqué Paul Le Roux. L'Unegaca réclame ses paiements.`;
    const body = find(entitiesOf(text, 'fr'), 'Unegaca');
    expect(body?.variants.concat(body.text)).toContain(
      "Union nationale des experts géomètres assermentés près les cours d'appel",
    );
  });
});
