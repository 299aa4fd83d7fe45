import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('an office closing a span', () => {
  it('leaves the body before it', () => {
    const text = `The deal was signed by Brightwave President and Chief Operating Officer Tomas Verhoek on Monday.
Brightwave shares rose. The Union Minister of Trade praised it.`;
    const shown = names(entitiesOf(text));
    expect(shown).toContain('Brightwave');
    expect(shown).toContain('Tomas Verhoek');
    expect(shown.some((n) => /President|Union/.test(n))).toBe(false);
  });
  it('keeps surnames that are titles elsewhere', () => {
    const shown = names(
      entitiesOf('The novelist Stephen King signed books in Bangor on Friday, and King smiled.'),
    );
    expect(shown).toContain('Stephen King');
  });
});

describe("an office's portfolio", () => {
  it('is no name, and its holder is a person', () => {
    const text = `Minister of State for Science and Technology Ravindra Kolhe praised the launch on Monday. Kolhe said
the satellite worked.`;
    const es = entitiesOf(text);
    expect(names(es)).toContain('Ravindra Kolhe');
    expect(names(es).some((n) => /Science|Technology|State/.test(n))).toBe(false);
  });
  it('keeps a known place and a body written with its article', () => {
    const text = `The Governor of Texas Dana Whitlock met the Commissioner of the Metropolitan Police Ivo Brandt on
Monday in Austin.`;
    const shown = names(entitiesOf(text));
    expect(shown).toContain('Texas');
    expect(shown.some((n) => n.startsWith('Metropolitan Police'))).toBe(true);
  });
});

describe('a portfolio before an office and its holder', () => {
  it('is dropped when its words are common nouns', () => {
    const text = `An emergency warning was issued. Emergency Management Commissioner Rory Dunleavy said crews were
stretched. Northwind Energy Chairman Piet Vos disagreed.`;
    const shown = names(entitiesOf(text));
    expect(shown).toContain('Rory Dunleavy');
    expect(shown.some((n) => n.startsWith('Emergency'))).toBe(false);
    expect(shown).toContain('Northwind Energy');
  });
});
