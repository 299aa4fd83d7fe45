import { describe, expect, it } from 'vitest';
import { isCelestialBody } from '@/utils/article/entities/celestial-bodies';
import type { EntityGroup } from '@/utils/article/entities/group';
import { entitiesOf, find, mentionOf } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string, lang = 'en'): string | undefined =>
  find(entitiesOf(text, lang), name)?.type;

const mentionGroup = (key: string): EntityGroup =>
  ({
    keys: new Set([key]),
    surfaces: new Map([[key, 1]]),
    mentions: [mentionOf(key)],
  }) as unknown as EntityGroup;

describe('planets and moons', () => {
  it('are no place, body or person', () => {
    const text = `The Vessa Institute found water vapour on Enceladus, a moon of Saturn. Plumes on Enceladus rise 200
      km, and the Vessa Institute will send a probe to Saturn in 2034. Dr. Ana Rell said Enceladus is the best
      place to look.`;
    expect(typeOf(text, 'Enceladus')).toBe('other');
    expect(typeOf(text, 'Saturn')).toBe('other');
    expect(typeOf(text, 'Ana Rell')).toBe('person');
  });

  it('are no body for the words that follow a company ("shares")', () => {
    const text = `Jupiter shares its orbit with thousands of asteroids. The probe reached Jupiter on Monday, and Jupiter
      will hold it for two years.`;
    expect(typeOf(text, 'Jupiter')).toBe('other');
  });

  it('read a name shared with people or places as a moon only where the text speaks of space', () => {
    const space = `Ice on Europa may hide an ocean, astronomers said. The moon orbits Jupiter every 3.5 days, and
      Europa will be visited by a probe in 2030.`;
    expect(typeOf(space, 'Europa')).not.toBe('place');
    const stage = mentionGroup('venus');
    expect(isCelestialBody(stage, new Map([['tour', 1]]), 'en')).toBe(false);
    expect(isCelestialBody(stage, new Map([['planet', 1]]), 'en')).toBe(true);
    expect(isCelestialBody(mentionGroup('europa'), new Map([['planet', 1]]), 'de')).toBe(false);
  });

  it('read French names of planets', () => {
    const text = `La sonde Vela a survolé Saturne lundi. Saturne compte plus de 140 lunes, et la sonde Vela restera
      en orbite autour de Saturne jusqu'en 2031.`;
    expect(typeOf(text, 'Saturne', 'fr')).not.toBe('place');
    expect(typeOf(text, 'Saturne', 'fr')).not.toBe('organization');
  });
});
