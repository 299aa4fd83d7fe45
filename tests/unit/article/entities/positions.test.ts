import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe("a player's position between a team and the player", () => {
  it('splits the team from the player', () => {
    const es =
      entitiesOf(`On Monday, Falcons DL Norvel Ashdown spoke about the fight. Ashdown said the league was
right to act.`);
    expect(names(es)).not.toContain('Falcons DL Norvel Ashdown');
    expect(find(es, 'Norvel Ashdown')?.count).toBe(2);
  });

  it('keeps a name where the capitals after the abbreviation are no person', () => {
    const es =
      entitiesOf(`The Orbit QB Training Centre opened in Leeds. Visitors to the Orbit QB Training Centre
praised it.`);
    expect(names(es)).toContain('Orbit QB Training Centre');
  });
});
