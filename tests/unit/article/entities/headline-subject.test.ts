import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
const BRIEF = `Le groupe industriel Norvalis a publié mercredi un chiffre d'affaires en recul de 6 % au troisième
trimestre. La demande de pompes à chaleur ralentit en Allemagne, a indiqué la direction.`;

describe('the word before a headline colon, named again in the first sentence', () => {
  it('keeps a company a wire brief names once', () => {
    const es = entitiesOf(BRIEF, 'fr', "Norvalis : le chiffre d'affaires recule, l'action chute de 9 %");
    expect(find(es, 'Norvalis')).toBeDefined();
  });

  it('keeps no kicker the first sentence does not write as a name', () => {
    const es = entitiesOf(
      `The county board voted on Tuesday to close the Ridgeway clinic, and several readers wrote to object.
      Send us your views: read more Letters from Oakfield readers every Monday.`,
      'en',
      'Letters: Clinic closure | Road repairs',
    );
    expect(names(es)).not.toContain('Letters');
  });

  it('needs the headline: the word once in a sentence is not enough alone', () => {
    const es = entitiesOf(BRIEF, 'fr', "Le chiffre d'affaires recule, l'action chute de 9 %");
    expect(find(es, 'Norvalis')).toBeUndefined();
  });
});
