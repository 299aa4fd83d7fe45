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

describe('a place named with a regional adjective', () => {
  it('keeps « Vallon poitevin » whole when the pair repeats', () => {
    const shown = names(
      entitiesOf(
        `Dans le Vallon poitevin, les éleveurs s’inquiètent. Selon la préfecture, le Vallon poitevin souffre de la
        sécheresse depuis juin.`,
        'fr',
      ),
    );
    expect(shown).toContain('Vallon poitevin');
    expect(shown).not.toContain('Vallon');
  });

  it('leaves a noun of that ending after a name written once apart', () => {
    const shown = names(
      entitiesOf(
        `Le maire de Coulon ouvre une maison. Les habitants de Coulon saison après saison viennent.`,
        'fr',
      ),
    );
    expect(shown.some((n) => n.startsWith('Coulon '))).toBe(false);
  });
});

describe('a region named by a noun of land and its adjective', () => {
  it('keeps « Arc vosgien » whole though written once', () => {
    const shown = names(
      entitiesOf(
        `Les rafales atteindront 150 km/h sur l'Arc vosgien mardi, selon Météo Brélac. Les écoles de Brélac
resteront fermées.`,
        'fr',
      ),
    );
    expect(shown).toContain('Arc vosgien');
    expect(shown).not.toContain('Arc');
  });

  it('leaves the noun alone at a sentence start', () => {
    const shown = names(
      entitiesOf(
        `Arc électrique à Brélac : la centrale de Brélac a été arrêtée lundi, selon Laure Vintal.`,
        'fr',
      ),
    );
    expect(shown.some((n) => n.startsWith('Arc '))).toBe(false);
  });
});
