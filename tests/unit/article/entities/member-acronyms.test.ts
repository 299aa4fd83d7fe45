import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('members of a parliament written as an acronym after a word', () => {
  it('names no party when a generic word opens it ("Opposition TDs")', () => {
    const es = entitiesOf(
      `On Monday, Opposition TDs criticised the plan. Opposition TDs said it was late.`,
      'en',
    );
    expect(names(es).some((n) => /TDs/.test(n))).toBe(false);
  });

  it('leaves the party when its name opens it ("Velmar Party TDs", "Velmar Party MSPs")', () => {
    const es = entitiesOf(`On Monday, Velmar Party TDs criticised the plan. Velmar Party MSPs agreed.`, 'en');
    expect(find(es, 'Velmar Party')?.type).toBe('organization');
    expect(names(es).some((n) => /TDs|MSPs/.test(n))).toBe(false);
  });
});
