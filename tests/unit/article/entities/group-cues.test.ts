import { describe, expect, it } from 'vitest';
import { groupCued } from '@/utils/article/entities/group-cues';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a threat group’s cue', () => {
  it('is a threat word, or « groupe » beside one', () => {
    expect(groupCued(['gang', 'ransomware'])).toBe(true);
    expect(groupCued(['group', 'hacker'])).toBe(true);
    expect(groupCued(['hackers', 'de'])).toBe(true);
    expect(groupCued(['groupe', 'le'])).toBe(false);
    expect(groupCued(['group', 'the'])).toBe(false);
    expect(groupCued(['collectif', 'le'])).toBe(false);
  });

  it('types no company or council party as a threat group', () => {
    const es = entitiesOf(
      `L’usine est exploitée par le groupe Morvachem, qui emploie 300 personnes. Morvachem conteste tout lien.
Les élus du groupe d’opposition Ville Demain ont quitté la salle. Le groupe de pirates Krakenfly a revendiqué
l’attaque, et Krakenfly menace de publier les données.`,
      'fr',
    );
    expect(find(es, 'Morvachem')?.type).not.toBe('group');
    expect(find(es, 'Krakenfly')?.type).toBe('group');
  });
});
