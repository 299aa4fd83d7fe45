import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('the medium a report comes from', () => {
  it('counts little when it is only the source ("told Reuters", "Reuters reported")', () => {
    const text = `Harbour authority Portvale fined Kestrel Lines on Monday, an official told Reuters.
Kestrel Lines will appeal, Reuters reported. Documents seen by Reuters show three warnings.
Portvale said the bay was recovering; Gullhaven, a fishing town, welcomed the fine.`;
    const order = names(entitiesOf(text, 'en', 'Portvale fines shipping line'));
    expect(order.indexOf('Reuters')).toBeGreaterThan(order.indexOf('Gullhaven'));
  });

  it('keeps its weight when the article is about it', () => {
    const text = `Reuters cut 200 jobs on Monday. Reuters said the cuts would hit its Lisbon office. Staff at
Reuters were told by email, and Mira Holt, a union official, said Reuters had not consulted them.`;
    expect(names(entitiesOf(text, 'en'))[0]).toBe('Reuters');
  });
});

describe('names that stand for one another', () => {
  it('joins a ministry and the place it is named by', () => {
    const es = entitiesOf(
      `Le Quai d’Orsay a confirmé la nouvelle. Le ministère des Affaires étrangères a ouvert une
cellule de crise, a précisé le Quai d’Orsay.`,
      'fr',
    );
    expect(find(es, 'Quai d’Orsay')?.count).toBe(3);
  });
});

describe('never a name', () => {
  it('drops honorifics and roles written alone', () => {
    const es = entitiesOf(
      `Sa Majesté a reçu le Consul hier. Sa Majesté a remercié le Consul, puis Sa Majesté est
partie pour Lausanne avec le Consul Jean Morand.`,
      'fr',
    );
    expect(names(es)).not.toContain('Majesté');
    expect(names(es)).not.toContain('Consul');
    expect(names(es)).toContain('Jean Morand');
  });

  it('drops scanning slips in capitals, and plural acronyms of common nouns', () => {
    const es =
      entitiesOf(`The BRTaSSBEa column was torn. The SGt line was torn too, said the CEOs of Portvale.
The BRTaSSBEa and SGt marks were noted by the CEOs of Portvale again.`);
    expect(names(es)).not.toContain('BRTaSSBEa');
    expect(names(es)).not.toContain('SGt');
    expect(names(es)).toContain('Portvale');
    expect(names(es)).not.toContain('CEOs');
  });
});

describe('French bodies named by a head and its complement', () => {
  it('keeps « de la » and the noun after the head, never the next paragraph’s name', () => {
    const es = entitiesOf(
      `L’Autorité de la concurrence enquête. La Caisse de grève a versé 2 000 euros, et l’Autorité de la
concurrence a rendu son avis. Les dons à la Caisse de grève

Gabriel Morin, trésorier, a publié les comptes.`,
      'fr',
    );
    expect(find(es, 'Autorité de la concurrence')?.count).toBe(2);
    expect(find(es, 'Caisse de grève')?.type).toBe('organization');
    expect(names(es)).toContain('Gabriel Morin');
  });
});

describe('words and signs of a name', () => {
  it('keeps a saint’s or a mountain’s abbreviation and a language’s plus signs in the name', () => {
    const es =
      entitiesOf(`Ferries left St. Brandon for Mt. Kelso at dawn. Coders in St. Brandon write C++ at night,
and C++ jobs pay well.`);
    expect(names(es)).toContain('St. Brandon');
    expect(names(es)).toContain('Mt. Kelso');
    expect(names(es)).toContain('C++');
  });

  it('never lists an interjection or a season alone; a nationality word opens no person’s name', () => {
    const es = entitiesOf(`“Oh, we will see,” said Mira Holt. “Oh,” Holt added. Winter came early, and Winter
stayed. In Winter, the Arab Spring began in Lorvik. After Spring, the Arab Spring spread.`);
    expect(names(es)).not.toContain('Oh');
    expect(names(es)).not.toContain('Winter');
    expect(find(es, 'Arab Spring')?.type).not.toBe('person');
  });
});

describe('a teaser that names its subjects in its title only', () => {
  const teaser = `There are more ways to play than ever. Here is how to choose what suits your habits and your
wallet. Playing used to be simple: we bought a game and played it to the end. Now we pay again and again.`;

  it('lists the title’s names a reader can trust', () => {
    const es = entitiesOf(teaser, 'en', 'Netflix, Nintendo and Microsoft: So Many Ways to Play and Pay');
    expect(names(es)).toEqual(expect.arrayContaining(['Netflix', 'Nintendo', 'Microsoft']));
    expect(names(es)).not.toContain('So Many Ways');
    expect(entitiesOf(teaser, 'en')).toEqual([]);
  });

  it('adds only clear names from the title when the text names enough', () => {
    const text =
      'Ada Brenn met Jonas Weber in Lisbon. Ada Brenn said Jonas Weber would return to Lisbon in May.';
    // A known body the title alone gives is listed (see title-only-names); a capitalised opening word is not.
    expect(names(entitiesOf(text, 'en', 'Netflix and Nintendo talk'))).toContain('Netflix');
    expect(names(entitiesOf(text, 'en', 'Streaming Deals talk in Lisbon')).sort()).toEqual(
      names(entitiesOf(text, 'en')).sort(),
    );
  });
});
