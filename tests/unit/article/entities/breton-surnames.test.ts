import { describe, expect, it } from 'vitest';
import { isPersonShaped } from '@/utils/article/entities/person-shape';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a Breton surname written with « c’h »', () => {
  it('is person-shaped: the letter after the apostrophe is no initial', () => {
    expect(isPersonShaped('anne le floc h')).toBe(true);
    expect(isPersonShaped('anne floc h')).toBe(true);
    // A lone "h" after no « c » is no part of the surname.
    expect(isPersonShaped('yann le bris h')).toBe(false);
  });

  it('types a full name with a particle and « c’h » as a person', () => {
    const es = entitiesOf(
      `Selon la députée du Morbihan Anne Le Floc’h, ancienne infirmière, le texte est mauvais. Anne Le Floc’h
a voté contre, comme Yves Le Goff.`,
      'fr',
    );
    expect(find(es, 'Anne Le Floc’h')?.type).toBe('person');
  });
});
