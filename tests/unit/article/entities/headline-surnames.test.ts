import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a surname two people share, one of them named by the title', () => {
  const text = `Odile Brennert, a sculptor whose bronzes filled the squares of Lyon, has died. Her brother, the
painter Luc Brennert, confirmed her death. Brennert moved to Lyon in 1962, and Brennert kept a studio there.`;

  it('stands for the person the title names', () => {
    const es = entitiesOf(text, 'en', 'Odile Brennert, sculptor of Lyon squares, dies at 90');
    expect(find(es, 'Odile Brennert')?.count).toBe(3);
    expect(find(es, 'Luc Brennert')?.count).toBe(1);
  });

  it('stays apart when the title names neither', () => {
    const es = entitiesOf(text, 'en', 'A sculptor of Lyon squares dies at 90');
    expect(find(es, 'Odile Brennert')?.variants).not.toContain('Brennert');
    expect(find(es, 'Luc Brennert')?.variants).not.toContain('Brennert');
  });

  it('stays apart when the title names both', () => {
    const es = entitiesOf(text, 'en', 'Odile Brennert and Luc Brennert: a family of artists');
    expect(find(es, 'Odile Brennert')?.variants).not.toContain('Brennert');
    expect(find(es, 'Luc Brennert')?.variants).not.toContain('Brennert');
  });
});

describe('a title naming a person by a given name no list holds', () => {
  const text = `Tuppa Brennert, a sculptor whose bronzes filled the squares of Lyon, has died. Her brother, the
painter Luc Brennert, confirmed her death. Brennert moved to Lyon in 1962, and Brennert kept a studio there.`;

  it('gives the shared surname to the full name the title and the text both write', () => {
    const es = entitiesOf(text, 'en', 'Tuppa Brennert, sculptor of Lyon squares, dies at 90');
    expect(find(es, 'Tuppa Brennert')?.count).toBe(3);
    expect(find(es, 'Luc Brennert')?.count).toBe(1);
  });

  it('takes no title word before a surname the text never writes after it', () => {
    const es = entitiesOf(text, 'en', 'Remembering Brennert, sculptor of Lyon squares');
    expect(find(es, 'Luc Brennert')?.variants).not.toContain('Brennert');
    expect(find(es, 'Remembering Brennert')).toBeUndefined();
  });

  it('reads no person in two names that share a place', () => {
    const es = entitiesOf(
      `Skyway India cancelled 40 flights on Monday, Newsdesk India reported. Pilots backed the strike, and
India's regulator said Skyway India must pay refunds. Skyway India said it was sorry.`,
      'en',
      'Skyway India strike: 40 flights cancelled',
    );
    expect(find(es, 'Skyway India')?.type).not.toBe('person');
    expect(find(es, 'Skyway India')?.variants).not.toContain('India');
  });
});
