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
