import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('the two sides of a result', () => {
  it('finds both clubs of "X beat Y 2-1", typed as teams', () => {
    const es = entitiesOf(
      `Wexcombe beat Harlow Vale 2-1 at home on Saturday. Tom Prentice scored twice for the hosts.`,
    );
    expect(find(es, 'Wexcombe')?.type).toBe('organization');
    expect(find(es, 'Harlow Vale')?.type).toBe('organization');
  });

  it('reads a county beaten by a margin as a team, not a place', () => {
    const es = entitiesOf(
      `Kent beat Somerset by six wickets on Friday. Somerset were bowled out for 190 as Jack Lane took four wickets.`,
    );
    expect(find(es, 'Somerset')?.type).toBe('organization');
    expect(find(es, 'Kent')?.type).toBe('organization');
  });

  it('reads « X a battu Y 3-0 » alike in French', () => {
    const es = entitiesOf(`Vernac a battu Saint-Oury 3-0 samedi, selon l'entraîneur Paul Marsan.`, 'fr');
    expect(find(es, 'Vernac')?.type).toBe('organization');
    expect(find(es, 'Saint-Oury')?.type).toBe('organization');
  });

  it('leaves a singles match, scored in sets, to its players', () => {
    const es = entitiesOf(`Anna Volkova beat Maria Kessel 6-4 6-3 in Paris. Volkova now meets Lena Ortiz.`);
    expect(find(es, 'Maria Kessel')?.type).toBe('person');
  });
});

describe('a country as a side of a result', () => {
  it('stays a place', () => {
    const es = entitiesOf(`Wales beat Latvia 3-0 in Cardiff on Friday, with Rhys Morgan scoring twice.`);
    expect(find(es, 'Latvia')?.type).toBe('place');
  });
});
