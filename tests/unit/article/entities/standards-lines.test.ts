import { describe, expect, it } from 'vitest';
import { extractEntities } from '@/utils/article/entities';
import { names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a publisher’s standards notice', () => {
  it('leaves out the code a closing standards line names', () => {
    const text = `Harlow Freight shares fell 9% in Chicago after the company cut its forecast.

Harlow Freight said volumes at its Denver hub dropped.

Our Standards: The Ambrose Media Trust Principles.`;
    const shown = names(extractEntities(text, { lang: 'en' }));
    expect(shown.some((n) => n.includes('Trust Principles'))).toBe(false);
    expect(shown).toContain('Harlow Freight');
  });

  it('keeps a code the story names', () => {
    const text = `The Ambrose Media Trust Principles were rewritten this year.

Critics say the Ambrose Media Trust Principles now say too little.`;
    const shown = names(extractEntities(text, { lang: 'en' }));
    expect(shown.some((n) => n.includes('Trust Principles'))).toBe(true);
  });
});
