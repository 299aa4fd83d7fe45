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

describe('an initial that spells a function word', () => {
  it('keeps « Nassim A. » and "Leanne L. Hivley" whole', () => {
    const fr = entitiesOf(
      'Treize ans ont été requis contre Nassim A. dans ce dossier. Karim Z. a nié.',
      'fr',
    );
    expect(find(fr, 'Nassim A')?.type).toBe('person');
    const en = entitiesOf('Leanne L. Hivley, 42, of Taylorville, was charged on Monday, police said.');
    expect(find(en, 'Leanne L. Hivley')).toBeDefined();
  });

  it('leaves a ruler’s number "I." to its own rule', () => {
    const es = entitiesOf('Unter Friedrich Wilhelm I. wuchs das Heer, schreibt Peter Ensikat.', 'de');
    expect(find(es, 'Friedrich Wilhelm I')?.type).not.toBe('other');
  });
});
