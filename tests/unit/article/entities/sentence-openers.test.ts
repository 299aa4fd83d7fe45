import { expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
it('takes no preposition opening a sentence into the acronym after it ("Unlike BIA")', () => {
  const shown = names(
    entitiesOf(`The BIA scale sends a small current through the body. Unlike BIA, the DXA scan uses X-rays, and
      DXA is costly. Besides DXA, clinics use the BIA method.`),
  );
  expect(shown).toContain('BIA');
  expect(shown.some((n) => /^(Unlike|Besides) /.test(n))).toBe(false);
});
