import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a product and its owner, a team and its form', () => {
  it('reads a known product, « de » and its owner as two names', () => {
    const es = entitiesOf(
      `Le Twitch de Lumenor a battu son record mardi. Les joueurs de Lumenor ont remercié leur public.`,
      'fr',
    );
    expect(names(es)).toContain('Twitch');
    expect(names(es)).not.toContain('Twitch de Lumenor');
  });

  it('keeps a body’s head with its complement', () => {
    const es = entitiesOf(
      `L’Office de Tourisme de Carvenac ouvre lundi. L’Office de Tourisme de Carvenac ferme.`,
      'fr',
    );
    expect(names(es).some((n) => n.startsWith('Office de Tourisme'))).toBe(true);
  });

  it('joins a team named with « Team » before and its name alone', () => {
    const es = entitiesOf(
      `La Team Lumenor a gagné le tournoi samedi. Les joueurs de Lumenor ont dominé la finale, et Lumenor reste en tête.`,
      'fr',
    );
    expect(names(es)).toContain('Team Lumenor');
    expect(names(es)).not.toContain('Lumenor');
  });

  it('reads « des » before another form of a known name as no part of the name before', () => {
    const es = entitiesOf(
      `Les délégués de la Fondation des Vingt-Sept se réunissent lundi. Les Vingt-Sept ont voté la réforme.`,
      'fr',
    );
    expect(names(es).some((n) => n.endsWith('des Vingt-Sept'))).toBe(false);
  });
});
