import { expect, it } from 'vitest';
import { titleCapitals } from '@/utils/article/entities/title-capitals';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
it('reads the capital of a word after a French elision in a sentence-case title', () => {
  expect([...titleCapitals('Fraude : l’ex-patron d’Orvanel condamné à six ans de prison')]).toEqual([
    'orvanel',
  ]);
});

it('keeps a company the title names after an elision, though the body names it once', () => {
  const title = 'Fraude : l’ex-patron d’Orvanel condamné à six ans de prison';
  const es = entitiesOf(
    `Le tribunal a condamné jeudi l’ancien dirigeant de la société de courtage Orvanel à six ans de prison.
Patrice Morlaix, 58 ans, était jugé avec sept coprévenus. Patrice Morlaix fera appel.`,
    'fr',
    title,
  );
  expect(find(es, 'Orvanel')).toBeDefined();
});

it('reads the word before a model’s number as a name, not one of a longer name', () => {
  expect([...titleCapitals('Le satellite Vigie décolle à bord d’une Ariane 6 depuis la Guyane')]).toContain(
    'ariane',
  );
  expect([...titleCapitals('La Vexa 16 Ultra arrive en magasin avec une batterie géante')]).not.toContain(
    'vexa',
  );
});

it('keeps a rocket the title names with its model number, though the body names it once', () => {
  const es = entitiesOf(
    `The Corvel probe launched on Monday aboard an Ariane rocket and reached its orbit an hour later.
The Corvel team said the probe was healthy. The Corvel team will start observing in spring.`,
    'en',
    'Corvel probe lifts off on Ariane 6 to map the outer planets',
  );
  expect(find(es, 'Ariane')).toBeDefined();
});
