import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('capitals across a slash', () => {
  it('keep one capital after the slash in the name: « KRTN/T »', () => {
    const es = entitiesOf(
      `L’armée veut des systèmes KRTN/T supplémentaires. Les KRTN/T sont franco-italiens, selon Paul Garnier.`,
      'fr',
    );
    expect(names(es)).toContain('KRTN/T');
    expect(names(es)).not.toContain('KRTN');
  });

  it('leave two acronyms apart: « LR/UDI »', () => {
    const es = entitiesOf(
      `Le ticket LR/UDI a gagné à Vannes, selon Paul Garnier. Le ticket LR/UDI sera reconduit.`,
      'fr',
    );
    expect(names(es)).not.toContain('LR/UDI');
  });
});

describe('a vessel prefix with a slash', () => {
  it('is no part of the name: "M/V Sea Harrow" is "Sea Harrow", no "V Sea Harrow"', () => {
    const shown = names(
      entitiesOf(`The crew of the M/V Sea Harrow was rescued on Monday by the research ship R/V Kellan Spire, the
Orvale coast guard said. Captain Dina Castellane said the Sea Harrow took water after a storm.`),
    );
    expect(shown).toContain('Sea Harrow');
    expect(shown).toContain('Kellan Spire');
    expect(shown.some((s) => /^[MRV] /.test(s))).toBe(false);
  });
});
