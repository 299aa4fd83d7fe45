import { describe, expect, it } from 'vitest';
import { headsGermanBody } from '@/utils/article/entities/german-bodies';
import { entitiesOf, find } from './helpers';

// Names and texts written for these tests (not taken from any corpus).

describe('German: a body’s head noun after the adjectives says organisation', () => {
  it('reads the head after the adjectives, and no other noun', () => {
    for (const n of ['Deutscher Gärtnerverband', 'Fachhochschule Lübeck', 'Europäische Seebehörde'])
      expect(headsGermanBody(n)).toBe(true);
    for (const n of ['Deutscher Gartenpreis', 'Afrikanische Schweinepest', 'Verband'])
      expect(headsGermanBody(n)).toBe(false);
  });

  it('types the body', () => {
    const es = entitiesOf(
      'Der Deutsche Gärtnerverband warnt. Auch der Deutsche Gärtnerverband in Bonn fordert mehr Geld.',
      'de',
    );
    expect(find(es, 'Deutscher Gärtnerverband')?.type).toBe('organization');
  });
});
