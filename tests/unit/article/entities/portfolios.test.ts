import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a minister’s portfolio', () => {
  it('is no entity alone; the minister, the ministry and a country after « ministre de » stay', () => {
    const es = entitiesOf(
      `Le ministre de l’Intérieur, Paul Garnier, a présenté mardi son plan. Le ministère de l’Agriculture
a répondu jeudi. Hier, le ministre de Norvège aux Pays-Bas a rencontré Paul Garnier.`,
      'fr',
    );
    expect(names(es)).not.toContain('Intérieur');
    expect(names(es)).toContain('Paul Garnier');
    expect(names(es)).toContain('ministère de l’Agriculture');
    expect(names(es)).toContain('Norvège');
  });

  it('is no entity after a minister named with a nationality; a capitalised people word is no nationality', () => {
    const es = entitiesOf(
      `Le ministre espagnol des Affaires étrangères, Paul Garnier, a reçu jeudi son homologue. La ministre allemande
des Affaires étrangères, Anna Vogel, a répondu. Paul Garnier et Anna Vogel ont signé un accord à Genève.`,
      'fr',
    );
    expect(names(es)).not.toContain('Affaires étrangères');
    expect(names(es)).toContain('Paul Garnier');
    expect(names(es)).toContain('Anna Vogel');
  });

  it('is no entity after ministers « chargés de », nor as the second of two portfolios', () => {
    const es = entitiesOf(
      `Les ministres chargés de la Chasse se réunissent lundi. La ministre de la Forêt et de la Chasse, Anna Vogel,
a parlé. Anna Vogel a signé un accord à Genève.`,
      'fr',
    );
    expect(names(es)).not.toContain('Chasse');
    expect(names(es)).toContain('Anna Vogel');
  });
});
