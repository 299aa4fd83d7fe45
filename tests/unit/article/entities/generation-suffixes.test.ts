import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a model closed by its generation ("Gen 2")', () => {
  it('keeps "Gen" and its number with the model before it', () => {
    const shown = names(
      entitiesOf(`Korvantis unveiled the Tesselite 5x Gen 2 chip on Monday. The Tesselite 5x Gen 2 will ship in
      budget phones, Korvantis said.`),
    );
    expect(shown).toContain('Tesselite 5x Gen 2');
    expect(shown).not.toContain('Gen 2');
  });

  it('leaves a general named after a comma apart', () => {
    const shown = names(
      entitiesOf(
        `The Tesselite board met on Monday, Gen. Mark Halloway said. Halloway spoke again on Tuesday.`,
      ),
    );
    expect(shown.some((n) => n.includes('Gen'))).toBe(false);
  });
});
