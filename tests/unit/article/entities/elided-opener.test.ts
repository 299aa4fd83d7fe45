import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a name after an elided article at a sentence start', () => {
  it('keeps its first word: the capital is the name’s, not the sentence’s', () => {
    const es = entitiesOf(
      `L’Olympique de Vannes a battu Lorient samedi. Avec ce succès, l’OV remonte au classement, et Vannes
fête ses joueurs. Au stade de Vannes, l’OV a rempli les tribunes.`,
      'fr',
    );
    const club = find(es, 'OV');
    expect([club?.text, ...(club?.variants ?? [])]).toContain('Olympique de Vannes');
    expect(names(es)).not.toContain('Olympique');
  });

  it('still drops an opener written in lower case elsewhere', () => {
    const es = entitiesOf(`L’Essentiel Marchand a ouvert. L’essentiel est fait, dit Marchand.`, 'fr');
    expect(names(es)).not.toContain('Essentiel Marchand');
  });
});
