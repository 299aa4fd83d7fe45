import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('names opened by a French article, in English text', () => {
  it('types a surname opened by an article as a person on a person’s evidence', () => {
    const said = entitiesOf('The far right gained ground on Sunday, said Le Gall after the vote.');
    expect(find(said, 'Le Gall')?.type).toBe('person');
    const titled = entitiesOf('Voters backed Ms Le Gall in the north. The campaign ended on Friday.');
    expect(find(titled, 'Le Gall')?.type).toBe('person');
  });

  it('gives no type without evidence: an article alone says no place', () => {
    const es = entitiesOf('Crowds cheered as Le Gall arrived. Supporters of Le Gall waved flags all night.');
    expect(find(es, 'Le Gall')?.type).toBe('other');
  });

  it('keeps places opened by an article places', () => {
    const known = entitiesOf(
      'The race in Le Mans drew fans. Ferries left La Rochelle; protests spread in La Paz.',
    );
    expect(find(known, 'Le Mans')?.type).toBe('place');
    expect(find(known, 'La Rochelle')?.type).toBe('place');
    expect(find(known, 'La Paz')?.type).toBe('place');
    const unknown = entitiesOf('Fans gathered in Le Puy on Sunday. Hotels in Le Puy were full.');
    expect(find(unknown, 'Le Puy')?.type).toBe('place');
  });

  it('still reads a role governing a body as no person’s cue', () => {
    const es = entitiesOf('On Monday the President of the Commission met farmers in Brussels.');
    expect(find(es, 'Commission')?.type).not.toBe('person');
  });
});
