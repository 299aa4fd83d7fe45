import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a reporting period after a company', () => {
  it('is no part of its name', () => {
    const text = `Korvel Finance Q2 results: Korvel Finance said profit rose. Its Q2 earnings beat estimates.
Dastra Labs FY26 guidance was cut, Dastra Labs said. Revenue for FY2025 was flat.`;
    const shown = names(entitiesOf(text));
    expect(shown).toContain('Korvel Finance');
    expect(shown).toContain('Dastra Labs');
    expect(shown.some((n) => /Q2|FY/.test(n))).toBe(false);
  });

  it('leaves a model named with a quarter’s letters', () => {
    const text = `The Audi Q3 sold well in March, and the Audi Q3 will get a new engine.`;
    expect(names(entitiesOf(text))).toContain('Audi Q3');
  });
});
