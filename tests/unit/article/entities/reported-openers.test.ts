import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a French sentence opening on a bare word and a reporting verb', () => {
  it('makes the word a name, though written once', () => {
    const text = `La tempête a privé de courant des milliers de foyers lundi.

Vellanor a indiqué en début d'après-midi que 12 000 clients restaient privés de courant. Les techniciens sont
mobilisés.`;
    expect(names(entitiesOf(text, 'fr'))).toContain('Vellanor');
  });

  it('keeps out a word the text writes in lower case, and a sentence whose verb reports nothing', () => {
    const text = `La tempête a frappé lundi. Personne a indiqué la route. Vellanor a coupé le courant. La personne
est partie.`;
    const list = names(entitiesOf(text, 'fr'));
    expect(list).not.toContain('Personne');
    expect(list).not.toContain('Vellanor');
  });
});
