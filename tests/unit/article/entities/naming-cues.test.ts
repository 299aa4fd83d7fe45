import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('words that introduce a name make one mention enough', () => {
  it('keeps a periodical’s title written once after its kind in lower case', () => {
    const es = entitiesOf(
      `L’étude, publiée mardi dans la revue Gravitas, décrit les tombes. Les chercheurs de Lyon sont ravis.`,
      'fr',
    );
    expect(names(es)).toContain('Gravitas');
    const plain = entitiesOf(
      `L’étude, publiée mardi dans la grande Gravitas, décrit les tombes. Les chercheurs de Lyon sont ravis.`,
      'fr',
    );
    expect(names(plain)).not.toContain('Gravitas');
  });

  it('keeps a word written once after "sold as" or "called"', () => {
    const es = entitiesOf(
      'The injection, sold as Velmora in most markets, is costly. The intruders planted a backdoor called Quillgate on the servers.',
    );
    expect(find(es, 'Velmora')).toBeDefined();
    expect(find(es, 'Quillgate')).toBeDefined();
  });

  it('does not keep a capitalised common word after other words', () => {
    const es = entitiesOf('The report was late. It reached the Board after lunch, and the board agreed.');
    expect(names(es)).not.toContain('Board');
  });

  it('keeps a house or firm written once after « chez »', () => {
    const es = entitiesOf(
      'Son troisième roman, publié en août chez Lanterne, raconte un été à Naples. Il se vend bien en librairie.',
      'fr',
    );
    expect(find(es, 'Lanterne')).toBeDefined();
  });

  it('keeps a firm written once after the kind of company « société » or « entreprise »', () => {
    const es = entitiesOf(
      'Le gérant de la société Tremblaie a été condamné. Il dirigeait aussi l’entreprise Varnel depuis dix ans.',
      'fr',
    );
    expect(find(es, 'Tremblaie')).toBeDefined();
    expect(find(es, 'Varnel')).toBeDefined();
  });

  it('keeps no word written once after other French words', () => {
    const es = entitiesOf(
      'Son troisième roman, publié en août par Lanterne, raconte un été à Naples. Il se vend bien en librairie.',
      'fr',
    );
    expect(names(es)).not.toContain('Lanterne');
  });
});

describe('a French name joined by hyphens after a kind of place or body', () => {
  it('types a stadium named after a person a place, not the person', () => {
    const text = `Le match s'est joué au Stade Paul-Verlande. À la 70e minute, Paul-Verlande a enfin vibré.`;
    const es = entitiesOf(text, 'fr');
    expect(find(es, 'Stade Paul-Verlande')?.type ?? find(es, 'Paul-Verlande')?.type).toBe('place');
  });

  it('ends a hospital’s name before the town « de » introduces, and types it a body', () => {
    const es = entitiesOf(`Les blessés ont été conduits à l'hôpital Louis-Fardet de Dole.`, 'fr');
    expect(find(es, 'Louis-Fardet')?.type).toBe('organization');
    expect(find(es, 'Louis-Fardet de Dole')).toBeUndefined();
  });

  it('types a school named after a person a body, after « groupe scolaire »', () => {
    const es = entitiesOf(
      `Il a fallu refaire la toiture du groupe scolaire Louis-Fardet deux ans après.`,
      'fr',
    );
    expect(find(es, 'Louis-Fardet')?.type).toBe('organization');
  });

  it('leaves the person written apart, and a compound given name with its particle, a person', () => {
    const es = entitiesOf(
      `Paul Verlande a fondé le club. Jean-Pierre de Vallois a salué Paul Verlande.`,
      'fr',
    );
    expect(find(es, 'Paul Verlande')?.type).toBe('person');
    expect(find(es, 'Jean-Pierre de Vallois')?.type).toBe('person');
  });
});
