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

describe('a name made of words the text writes in lower case', () => {
  it('is no person, though it takes "who"', () => {
    const text = `The tool is sold to Market Analysts, who run it on laptops. Most analysts keep their market notes there.`;
    expect(typeOf(text, 'Market Analysts')).not.toBe('person');
  });

  it('leaves a full name whose given name is no ordinary word a person', () => {
    const text = `The prize went to Quillon Grant, who thanked the jury. A grant from the city paid for the trees.`;
    expect(typeOf(text, 'Quillon Grant')).toBe('person');
  });
});

describe('a name always in quotation marks', () => {
  it('is a title, no person, though a given name opens it', () => {
    const text = `The studio will remake “Helen Arbery” next year. Fans of “Helen Arbery” queued on Friday.`;
    expect(typeOf(text, 'Helen Arbery')).not.toBe('person');
  });

  it('leaves a person named once in quotation marks and once without a person', () => {
    const text = `Posters called her “Helen Arbery” at once. Helen Arbery said she liked it.`;
    expect(typeOf(text, 'Helen Arbery')).toBe('person');
  });
});

describe('a name closed by a number', () => {
  it('is a model or an edition, no person, though the bare name looks like one', () => {
    expect(
      typeOf(
        'Velmor launched the Aria Scale 3. The Aria Scale 3 weighs and measures; Aria Scale owners said it was precise.',
        'Aria Scale 3',
      ),
    ).not.toBe('person');
  });
});
