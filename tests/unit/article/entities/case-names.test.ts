import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a court case named by its parties', () => {
  const text = `The case, Citizens for Clean Wells v. Harlow, concerns a 2024 state law. Lawyers cited Penfold v. Garrick
    and Orland v. Mercer Dairy Company in their briefs, and Judge Ana Brest asked about Harlow.`;

  it('is one name, of no kind a person or a body has', () => {
    const es = entitiesOf(text);
    for (const name of [
      'Citizens for Clean Wells v. Harlow',
      'Penfold v. Garrick',
      'Orland v. Mercer Dairy Company',
    ])
      expect(find(es, name)?.type).toBe('other');
  });

  it('leaves a comparison with "vs." and a middle initial apart', () => {
    const shown = names(
      entitiesOf(`Tarvo vs. Tarvo Plus: which should you buy? Dana V. Orlick said Tarvo Plus is faster, and Orlick
      uses Tarvo at home.`),
    );
    expect(shown).not.toContain('Tarvo vs. Tarvo Plus');
    expect(
      find(entitiesOf(`Dana V. Orlick said so on Monday, and Orlick left.`), 'Dana V. Orlick')?.type,
    ).toBe('person');
  });
});

describe('a court case written with "vs."', () => {
  it("is one name after a court's word, of no kind a person or a body has", () => {
    const es =
      entitiesOf(`The Supreme Court held in Penfold vs. Garrick in 1975 that juries must be drawn widely.
      Lawyers for Garrick said so again on Monday.`);
    expect(find(es, 'Penfold vs. Garrick')?.type).toBe('other');
  });
});
