import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a portfolio before "Cabinet Secretary"', () => {
  it('is a role, not a name', () => {
    const text = `The plan was backed by Water Cabinet Secretary Halima Oduya on Monday. Cabinet Secretary Halima Oduya
said the money would come. The Cabinet Office agreed.`;
    const shown = names(entitiesOf(text));
    expect(shown).toContain('Halima Oduya');
    expect(shown.some((n) => /^(?:Water )?Cabinet$/.test(n))).toBe(false);
    expect(shown).toContain('Cabinet Office');
  });
});
