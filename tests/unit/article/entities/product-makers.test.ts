import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string): string | undefined => find(entitiesOf(text, 'en'), name)?.type;

describe('a product’s maker', () => {
  it('is a firm when it owns a product', () => {
    const text = `Reviewers compared the Kestrel 7 and the Kestrel 9. It costs $100 more than Brasque's Kestrel 9, and
Brasque is pleased.`;
    expect(typeOf(text, 'Brasque')).toBe('organization');
  });

  it('stays as it was when it is part of a person’s name the text writes', () => {
    const text = `Reviewers compared the Kestrel 7 and the Kestrel 9. Tamsin Orlev said the Kestrel 9 was fast, and
it costs $100 more than Orlev's Kestrel 7.`;
    expect(typeOf(text, 'Orlev')).not.toBe('organization');
  });
});
