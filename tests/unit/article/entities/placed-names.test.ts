import { expect, it } from 'vitest';
import { placedNames } from '@/utils/article/entities/placed-names';
import { tokenize } from '@/utils/article/entities/tokenize';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const placed = (text: string): string[] => [...placedNames(tokenize(text, new Set(), new Set()))];

it('takes a capitalised word before a comma and a known region for a place', () => {
  expect(placed('The probe left from the base in Sorel, French Guiana, on Monday.')).toEqual(['sorel']);
  expect(placed('Les patients de Vessy, Suisse, ont été prévenus.')).toEqual(['vessy']);
});

it('leaves a word before a comma and anything else, or one word of a longer name', () => {
  expect(placed('It was made by Corvel, Brackwater and sons.')).toEqual([]);
  expect(placed('Lise Armand, France Télévisions, was there.')).toEqual([]);
  expect(placed('The port of Sorel, France Rail said, is closed.')).toEqual([]);
});

it('keeps a town named once before its region', () => {
  const es = entitiesOf(
    `The Corvel probe launched on Monday from a pad in Sorel, French Guiana, after two delays.
The Corvel team said the probe was healthy and would start observing in spring.`,
  );
  expect(find(es, 'Sorel')?.type).toBe('place');
});
