import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a body or text numbered by an ordinal in figures', () => {
  it('keeps "the 27th Amendment" and "the 82nd Airborne Division" with their numbers', () => {
    const shown = names(
      entitiesOf(`The vote turned on the 27th Amendment, Senator Dana Whitcombe said on Monday. Troops of the
      82nd Airborne Division stood by in Harlow, and Whitcombe thanked them.`),
    );
    expect(shown).toContain('27th Amendment');
    expect(shown).toContain('82nd Airborne Division');
    expect(shown).not.toContain('Amendment');
  });

  it('leaves a count before another capitalised word alone', () => {
    const shown = names(
      entitiesOf(
        `Dana Whitcombe finished 4th Sunday in Harlow, and the 3rd Harlow Marathon drew crowds, Whitcombe said.`,
      ),
    );
    expect(shown.some((n) => /^\d/.test(n))).toBe(false);
  });
});
