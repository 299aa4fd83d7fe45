import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a party and state tag after a lawmaker', () => {
  it('is no name ("D-Mass.", "R-Texas", "I-Vt.")', () => {
    const shown = names(
      entitiesOf(`Sen. Nora Blakely, D-Mass., said the bill would fail. Rep. Cal Hendry, R-Texas, disagreed, and Sen.
      Ivo Marsh, I-Vt., did not vote. Blakely and Hendry met again on Friday.`),
    );
    expect(shown.some((n) => /^[RDI]-/.test(n))).toBe(false);
    expect(shown).toContain('Nora Blakely');
  });

  it('keeps a name of the same shape that is no state ("D-Day")', () => {
    expect(names(entitiesOf(`Veterans marked D-Day in Normandy on Friday. D-Day was in 1944.`))).toContain(
      'D-Day',
    );
  });
});
