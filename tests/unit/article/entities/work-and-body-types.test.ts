import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string, lang = 'en'): string | undefined =>
  find(entitiesOf(text, lang), name)?.type;

describe('a publisher, a label or a journal named by its closing word', () => {
  it('is a body, not the place it is found "in" or "from"', () => {
    const text = `The album came out in March, from Harlow Books in Bristol. The film was made in Leeds by
      Kestrel Pictures, and the band signed to Greyfell Records.`;
    expect(typeOf(text, 'Harlow Books')).toBe('organization');
    expect(typeOf(text, 'Kestrel Pictures')).toBe('organization');
    expect(typeOf(text, 'Greyfell Records')).toBe('organization');
  });

  it('keeps a place or a person whose name has no such word', () => {
    const text = `The album came out in March, from Harlow in Essex. Maren Holt wrote the notes, Maren Holt said.`;
    expect(typeOf(text, 'Essex')).toBe('place');
    expect(typeOf(text, 'Maren Holt')).toBe('person');
  });
});

describe('a body said by the word before it', () => {
  it('takes « le fonds X » and « directeur général de X » as a body, whatever word closes the name', () => {
    const text = `La levée est menée par le fonds Vardel Green City. Le directeur général de Marvo Port, Luc Arnal,
      s’en félicite.`;
    expect(typeOf(text, 'Vardel Green City', 'fr')).toBe('organization');
    expect(typeOf(text, 'Marvo Port', 'fr')).toBe('organization');
  });

  it('reads no body in a general’s rank', () => {
    const text = `Le général de Vaubrinel a inspecté les troupes. Le général de Vaubrinel a ensuite quitté Metz.`;
    expect(typeOf(text, 'Vaubrinel', 'fr')).not.toBe('organization');
  });

  it('lets a known place keep its kind after « général de »', () => {
    const text = `Le consul général de France à Québec a reçu les élus. La France a salué l’accord.`;
    expect(typeOf(text, 'France', 'fr')).toBe('place');
  });
});

describe('a French department or region joined by a hyphen', () => {
  it('is a place though no preposition announces it', () => {
    const text = `La sécheresse frappe les Pyrénées-Orientales. Le préfet des Pyrénées-Orientales, Marc Taulé, a
      réuni les maires. La Seine-Maritime et le Maine-et-Loire sont aussi en alerte.`;
    expect(typeOf(text, 'Pyrénées-Orientales', 'fr')).toBe('place');
    expect(typeOf(text, 'Seine-Maritime', 'fr')).toBe('place');
    expect(typeOf(text, 'Maine-et-Loire', 'fr')).toBe('place');
  });

  it('keeps a double surname a person', () => {
    const text = `L’avocate Sophie Marin-Dufour a plaidé. Sophie Marin-Dufour a déclaré que le dossier était vide.`;
    expect(typeOf(text, 'Sophie Marin-Dufour', 'fr')).toBe('person');
  });
});

describe('a quoted title grouped with the place it names', () => {
  it('is no person', () => {
    const text = `Le film « Le Dernier Été de Tarnvik » sort mercredi. Le réalisateur a tourné à Tarnvik en hiver.
      « Le Dernier Été de Tarnvik » suit une famille de mineurs.`;
    expect(typeOf(text, 'Le Dernier Été de Tarnvik', 'fr')).not.toBe('person');
  });
});
