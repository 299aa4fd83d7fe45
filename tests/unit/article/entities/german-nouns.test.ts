import { describe, expect, it } from 'vitest';
import { isGermanCommonNoun } from '@/utils/article/entities/german-nouns';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('German: a frequent common noun heads no name', () => {
  it('knows the nouns, declined or not, and no name', () => {
    for (const w of ['app', 'diplomaten', 'beitrags', 'sangerinnen', 'thema'])
      expect(isGermanCommonNoun(w)).toBe(true);
    for (const w of ['stadt', 'universitat', 'initiative', 'mueller', 'berlin'])
      expect(isGermanCommonNoun(w)).toBe(false);
  });

  it('splits the noun off the name after it', () => {
    const es = entitiesOf(
      `Die App WeChat zählt drei Millionen Nutzer. Im Interview mit dem Magazin TechWelt sagte der Diplomat Karl
Ostermann, WeChat sei sicher. Die Lage wird besser, sagt Karl Ostermann.`,
      'de',
    );
    expect(names(es)).toContain('WeChat');
    expect(names(es)).toContain('Karl Ostermann');
    expect(names(es).some((n) => /App|Magazin|Diplomat/.test(n))).toBe(false);
  });

  it('splits the kind of a town off a known town, and keeps a state or a canton whole', () => {
    const es = entitiesOf(
      'Die Stadt Shanghai wächst. Das Land Brandenburg zahlt, der Kanton Bern auch. Shanghai baut.',
      'de',
    );
    expect(names(es)).toContain('Shanghai');
    expect(names(es).some((n) => n.startsWith('Stadt'))).toBe(false);
    expect(names(es)).toContain('Kanton Bern');
  });
});
