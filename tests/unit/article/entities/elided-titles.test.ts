import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a capital « L’ » inside a sentence is the name’s own article', () => {
  it('shows « L’Est Varois » and « L’Équipe » with their article, no person, one entity with the sentence opener', () => {
    const es = entitiesOf(
      'Selon L’Est Varois, le maire de Brignoles a démissionné. Le journaliste de L’Équipe a confirmé la nouvelle. L’Est Varois publie une enquête mardi.',
      'fr',
    );
    expect(find(es, 'L’Est Varois')?.count).toBe(2);
    expect(find(es, 'L’Est Varois')?.type).not.toBe('person');
    expect(names(es)).not.toContain('Est Varois');
    expect(names(es)).toContain('L’Équipe');
  });

  it('leaves a lower-case « l’ » out, and a capital typed where the text writes « l’État » too', () => {
    const es = entitiesOf(
      'Le budget de l’Europe a été voté. Les syndicats défendent l’État, et dénoncent le démantèlement de L’État social.',
      'fr',
    );
    expect(names(es)).not.toContain('L’État');
    expect(names(es)).not.toContain('l’Europe');
  });
});
