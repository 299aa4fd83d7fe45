import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string): string | undefined => find(entitiesOf(text, 'en'), name)?.type;

describe('a name the text shortens to its initials', () => {
  it('is no person, though it looks like a full name', () => {
    const text = `Planners said Quarry Rapid Transit would open in June. Quarry Rapid Transit (QRT) will run every ten
      minutes, and the QRT line will reach the coast.`;
    expect(typeOf(text, 'Quarry Rapid Transit')).not.toBe('person');
  });

  it('stays a person when a given name opens it', () => {
    const text = `Richard Orlev said on Monday that he would run again. RO, as Richard Orlev signs, wrote a memoir.`;
    expect(typeOf(text, 'Richard Orlev')).toBe('person');
  });
});
