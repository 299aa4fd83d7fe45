import { describe, expect, it } from 'vitest';
import { rankedCandidates } from '@/utils/article/entities';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a number bracketed against a name', () => {
  it('keeps the number in the name, and the title naming it so names the group', () => {
    const text = `Le collectif Vortan212(7) a revendiqué l'attaque contre le site de la mairie de Brélac. Vortan212(7)
est actif depuis 2022, selon Laure Vintal, experte chez Cybélia.`;
    const es = entitiesOf(text, 'fr', 'Les pirates de Vortan212(7) visent Brélac');
    expect(find(es, 'Vortan212(7)')?.count).toBe(2);
    expect(names(es)).not.toContain('Vortan212');
    const title = 'Les pirates de Vortan212(7) visent Brélac';
    const ranked = rankedCandidates(text, { lang: 'fr', title }).find(
      (r) => r.entity.text === 'Vortan212(7)',
    );
    expect(ranked?.titled).toBe(true);
  });

  it('leaves a mark written once against a name, and a number the name is also written without', () => {
    const marks = entitiesOf(
      `Brélac FC : 23- Paulo Vintal(6), 27- Ian Orlande(7). Paulo Vintal a marqué.`,
      'fr',
    );
    expect(names(marks)).toContain('Ian Orlande');
    const code = entitiesOf(`raise KeyFault(1) here, then raise KeyFault(1) there. KeyFault is raised.`);
    expect(names(code)).not.toContain('KeyFault(1)');
  });

  it('leaves a spaced bracket to the sentence', () => {
    const es = entitiesOf(
      `La mairie de Brélac (13) a fermé ses portes. Brélac compte 4 000 habitants.`,
      'fr',
    );
    expect(names(es)).toContain('Brélac');
  });
});
