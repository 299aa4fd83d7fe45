import { describe, expect, it } from 'vitest';
import { frenchPlaceShape } from '@/utils/article/entities/french-place-shapes';
import { GIVEN_NAMES } from '@/utils/article/entities/gazetteer';
import { foldWord } from '@/utils/article/entities/normalize';
import { sampleStrings } from '../../shared/sample-strings';

// The shapes as they were, without the cheap tests before them: the rewrite must answer as they do.
const COMMUNE =
  /^(?:L[ae] )?\p{Lu}[\p{L}’']*(?:-\p{Lu}[\p{L}’']*)*-(?:en|sur|sous|lès|les|lez|le|la|de|des|du|aux)-\p{Lu}/u;
const DEPARTMENT =
  /^\p{Lu}[\p{L}’']*-(?:(?:et|sur)-\p{Lu}[\p{L}’']*|Orientales?|Occidentales?|Atlantiques?|Maritimes?|Nord|Sud|Est|Ouest|Centre)$|^(?:Hautes?|Basses?|Haut|Bas|Deux)-\p{Lu}/u;
const SAINT_INSIDE = /^\p{Lu}[\p{L}’']*(?:-\p{Lu}[\p{L}’']*)*-(?:Saint|Sainte)-\p{Lu}\p{Ll}/u;
const SAINT_FIRST = /^(?:Saint|Sainte)-\p{Lu}[\p{L}’']*-(\p{Lu}[\p{L}’']*)$/u;
const ELIDED_PART = /^\p{Lu}[\p{L}’']*(?:-\p{Lu}[\p{L}’']*)*-d[’']\p{Lu}/u;
function oldShape(s: string): boolean {
  if (COMMUNE.test(s) || DEPARTMENT.test(s) || SAINT_INSIDE.test(s) || ELIDED_PART.test(s)) return true;
  const last = SAINT_FIRST.exec(s)?.[1];
  return last !== undefined && !GIVEN_NAMES.has(foldWord(last));
}

const FIXTURES = [
  'Vaulx-en-Velin',
  'Boulogne-sur-Mer',
  'Le Cannet-des-Maures',
  'Lacaze-Ruiz',
  'Pyrénées-Orientales',
  'Seine-Maritime',
  'Hautes-Alpes',
  'Maine-et-Loire',
  'Deux-Sèvres',
  'Bourg-Saint-Maurice',
  'Sainte-Foy-Tarentaise',
  'Saint-Jean-Baptiste',
  'Saint-Jean-Pied-de-Port',
  'Jean-Pierre',
  'Nord',
  "Côtes-d'Armor",
  'Val-d’Oise',
];
const WORDS = [
  "-d'",
  '-d’',
  'Saint',
  'Sainte',
  '-',
  '-sur-',
  '-en-',
  '-et-',
  'Nord',
  'Orientales',
  'Hautes',
  'Bas',
  'Deux',
];

describe('frenchPlaceShape', () => {
  it('tells communes and departments from double names', () => {
    expect(FIXTURES.filter(frenchPlaceShape)).toEqual(FIXTURES.filter(oldShape));
    expect(frenchPlaceShape('Vaulx-en-Velin')).toBe(true);
    expect(frenchPlaceShape('Lacaze-Ruiz')).toBe(false);
  });

  it('reads an elided « d’ » joining two parts as a place’s (« Côtes-d’Armor »), not a lone « d’ »', () => {
    expect(frenchPlaceShape("Côtes-d'Armor")).toBe(true);
    expect(frenchPlaceShape('Villeneuve-d’Ascq')).toBe(true);
    expect(frenchPlaceShape("d'Armor")).toBe(false);
  });

  it('answers as the patterns alone on generated strings', () => {
    const words = [...WORDS, 'Le ', 'La ', 'Vaulx', 'Mer', 'Jean', 'Foy', 'Sud', 'Centre', 'Maritime', 'ée'];
    const samples = sampleStrings(6000, words, 7);
    for (const s of samples) expect(frenchPlaceShape(s), s).toBe(oldShape(s));
    expect(samples.filter(oldShape).length).toBeGreaterThan(20);
  });
});
