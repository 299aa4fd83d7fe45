import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a body’s name closed by its region after « de »', () => {
  it('is one name when the text writes it whole twice and never names the body alone', () => {
    const es = entitiesOf(
      `Les clients du Crédit Mutuel de Bretagne ne peuvent plus payer. Selon un porte-parole du Crédit Mutuel de Bretagne, le service revient ce soir. La panne touche toute la Bretagne.`,
      'fr',
    );
    expect(find(es, 'Crédit Mutuel de Bretagne')).toBeDefined();
    expect(find(es, 'Crédit Mutuel')).toBeUndefined();
    expect(find(es, 'Bretagne')?.type).toBe('place');
  });

  it('is cut at « de » when the text also names the body alone', () => {
    const es = entitiesOf(
      `Les clients du Crédit Mutuel de Bretagne ne peuvent plus payer. Selon le Crédit Mutuel, le service revient ce soir. Un porte-parole du Crédit Mutuel de Bretagne s’excuse.`,
      'fr',
    );
    expect(find(es, 'Crédit Mutuel de Bretagne')).toBeUndefined();
    expect(find(es, 'Bretagne')?.type).toBe('place');
  });

  it('is cut at « de » when the text writes it once, or after a person', () => {
    const once = entitiesOf(
      `Les clients du Crédit Mutuel de Bretagne ne peuvent plus payer, selon Anne Morel. Le service revient ce soir.`,
      'fr',
    );
    expect(find(once, 'Crédit Mutuel de Bretagne')).toBeUndefined();
    const person = entitiesOf(
      `La candidate Anne Morel de Bretagne a gagné. Plus tard, Anne Morel de Bretagne a parlé aux élus du conseil.`,
      'fr',
    );
    expect(find(person, 'Anne Morel de Bretagne')).toBeUndefined();
  });
});
