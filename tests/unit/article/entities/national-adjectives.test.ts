import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

const PEOPLE = [
  'Marta Okonjo',
  'Pieter Vandamme',
  'Lucia Ferrante',
  'Tomasz Kowalczyk',
  'Ingrid Solheim',
  'Rafael Duarte',
  'Helena Marsh',
  'Oskar Lindgren',
  'Amara Diallo',
  'Jonas Weber',
  'Clara Bessette',
];

// Eleven people who each act twice, and a nationality word written three times, each time in `phrase`.
function story(phrase: string): string {
  const acts = PEOPLE.map(
    (p) => `${p} signed the harbour agreement on Monday. Later ${p} spoke to the port board.`,
  );
  return [
    `${phrase} welcomed the deal at dawn.`,
    ...acts.slice(0, 6),
    `${phrase} met.`,
    ...acts.slice(6),
    `${phrase} left.`,
  ].join(' ');
}

describe('a nationality word written as an adjective', () => {
  it('follows the first ten when it always comes before a noun ("Portuguese trawlers")', () => {
    const order = names(entitiesOf(story('Portuguese trawler crews')));
    expect(order.indexOf('Portuguese') === -1 || order.indexOf('Portuguese') >= 10).toBe(true);
  });

  it('keeps its place when a function word follows it, where it may stand for the country ("Portuguese and Spanish")', () => {
    const order = names(entitiesOf(story('Portuguese and Spanish crews')));
    expect(order.indexOf('Portuguese')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('Portuguese')).toBeLessThan(10);
  });
});
