import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a product line and its lettered number', () => {
  it('are one model: « Pixel 8a », « iPhone 15e », with a closing word', () => {
    const es = entitiesOf(
      `Le Pixel 8a arrive en mai. Le Pixel 8a coûtera moins cher que l’iPhone 15e, selon Marc Dupont.
Le Pixel 8a Pro suivra à l’automne.`,
      'fr',
    );
    expect(names(es)).toContain('Pixel 8a');
    expect(names(es)).toContain('iPhone 15e');
    expect(names(es)).toContain('Pixel 8a Pro');
    expect(names(es)).not.toContain('Pixel');
  });

  it('leaves a district’s or an ordinal’s letters after a name that is no product line', () => {
    const es = entitiesOf(
      `Le cortège est parti de Lyon 3e samedi vers la place centrale. Les habitants de Lyon ont suivi Marc Dupont.`,
      'fr',
    );
    expect(names(es)).not.toContain('Lyon 3e');
  });
});

describe('a maker before a product line and its lettered number', () => {
  it('keeps the maker, the line and the number whole', () => {
    const es = entitiesOf(
      'Le Google Pixel 8a coûte 499 euros. Face au Google Pixel 8a, le Vexa 2 peine, selon Marc Dupont.',
      'fr',
    );
    expect(names(es)).toContain('Google Pixel 8a');
    expect(names(es)).not.toContain('Google Pixel');
  });
});
