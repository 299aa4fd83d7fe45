import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string): string | undefined => find(entitiesOf(text, 'en'), name)?.type;

describe('the last word on types, after the layout', () => {
  it('makes no person of a band closed by dotted letters, though listed with people', () => {
    const text = `Past winners include Ada Crane, Tom Vell, Harbour D.C. and Mira Lodge. Ada Crane said the prize
      changed her life, and Harbour D.C. will play the ceremony.`;
    expect(typeOf(text, 'Harbour D.C.')).not.toBe('person');
    expect(typeOf(text, 'Ada Crane')).toBe('person');
  });

  it('makes no place of a moon listed with places', () => {
    const text = `The probe will fly past Mars, Ganymede and Callisto before it reaches orbit. Ganymede is the
      largest moon, and Callisto is the most cratered; astronomers at the Vessa Institute in Ohio, Texas and Utah
      will watch Ganymede.`;
    expect(typeOf(text, 'Ganymede')).toBe('other');
    expect(typeOf(text, 'Ohio')).toBe('place');
  });
});
