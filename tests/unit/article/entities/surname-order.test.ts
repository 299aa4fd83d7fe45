import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a word written alone with an article before a longer name', () => {
  it('is no surname of the later name', () => {
    const text = `The Saturn ring system keeps its secrets. Saturn's moons were mapped again last year. The agency's
Cassini Saturn orbiter had measured the rings before, and astronomers still watch Saturn closely.`;
    const shown = names(entitiesOf(text, 'en'));
    expect(shown).toContain('Saturn');
    expect(find(entitiesOf(text, 'en'), 'Saturn')?.variants).not.toContain('Cassini Saturn');
  });

  it('still joins a full name when the lead names the person by the surname first', () => {
    const text = `Dorrance's third novel follows three sisters. It opens, like Wenna Dorrance's first book, on a quay.
Dorrance, who grew up by the sea, writes it well, and Dorrance knows the harbour.`;
    expect(find(entitiesOf(text, 'en'), 'Wenna Dorrance')?.variants).toContain('Dorrance');
  });

  it('still joins a side named after its town', () => {
    const text = `The Falcons lost again on Sunday in a poor game. The Denver Falcons said on Monday that the Falcons
must improve before they travel to Dayton.`;
    expect(find(entitiesOf(text, 'en'), 'Denver Falcons')?.variants).toContain('Falcons');
  });
});

describe('a common given name alone', () => {
  it('joins the full name it opens', () => {
    const text = `Her character, Marian Vell, runs a ferry firm. Marian is proud and quietly desperate, and Marian's
sister keeps the books.`;
    const marian = find(entitiesOf(text, 'en'), 'Marian Vell');
    expect(marian?.variants).toContain('Marian');
    expect(marian?.type).toBe('person');
  });
});

describe('a word told alone several times before a longer name opening with it', () => {
  it('stays its own name', () => {
    const text = `Le pont qui relie Trézan à Varonne sera fermé. Les habitants de Trézan protestent. Au cœur du quartier,
à Trézan, les commerçants s'inquiètent. Le maire de Trézan a répondu.
L'association des commerçants Trézan Moulin-Vert demande des aides.`;
    const es = entitiesOf(text, 'fr');
    expect(find(es, 'Trézan')?.variants ?? []).not.toContain('Trézan Moulin-Vert');
    expect(find(es, 'Trézan')?.count).toBe(4);
  });

  it('still joins a full name written first, or a name told alone less often', () => {
    const text = `Ko Minseo Varn won the prize. Later, Ko said she was happy, and Ko thanked her coach.`;
    expect(find(entitiesOf(text), 'Ko Minseo Varn')?.variants).toContain('Ko');
  });

  it('still joins a family name written before a romanised given name', () => {
    const text = `Voters backed Sung in January. Sung had trailed in polls, but Sung won. Sung Mei-lan thanked them.`;
    expect(find(entitiesOf(text), 'Sung Mei-lan')?.variants).toContain('Sung');
  });
});
