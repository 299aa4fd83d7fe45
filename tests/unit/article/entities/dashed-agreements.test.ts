import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('an agreement named after countries joined by tight dashes', () => {
  it('keeps « Accord Chili–Pérou–Bolivie » whole, and its acronym joins it', () => {
    const es = entitiesOf(
      `La révision de l'Accord Chili–Pérou–Bolivie (ACPB) piétine. Le Chili refuse de céder, et l'ACPB expire
en 2030, dit la Bolivie.`,
      'fr',
    );
    expect(names(es)).not.toContain('Accord Chili');
    expect(find(es, 'ACPB')?.count).toBe(3);
    expect(names(es)).toContain('Chili');
  });

  it('keeps "the Vallonia–Brelania Treaty" whole, and leaves a tight dash between places alone', () => {
    const shown = names(
      entitiesOf(
        `The Vallonia–Brelania Treaty took effect in 2020. Vallonia–Brelania flights resumed, said Ann Orr.`,
      ),
    );
    expect(shown).toContain('Vallonia–Brelania Treaty');
    expect(shown).not.toContain('Vallonia–Brelania flights');
  });
});
