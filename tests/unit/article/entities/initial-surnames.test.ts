import { describe, expect, it } from 'vitest';
import { isPersonShaped } from '@/utils/article/entities/person-shape';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a person kept anonymous by the initial of the surname', () => {
  it('types "Karim B." a person, as the lead of a court story names him', () => {
    const es = entitiesOf(
      'The manager, Karim B., 54, was given a suspended sentence on Thursday after a fire at a warehouse in Leeds.',
    );
    expect(find(es, 'Karim B')?.type).toBe('person');
  });

  it('needs a known given name before the initial', () => {
    expect(isPersonShaped('karim b')).toBe(true);
    expect(isPersonShaped('vitamin b')).toBe(false);
    expect(isPersonShaped('smith j')).toBe(false);
    // "Marian's": a possessive.
    expect(isPersonShaped('marian s')).toBe(false);
  });
});
