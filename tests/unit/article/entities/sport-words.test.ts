import { describe, expect, it } from 'vitest';
import { extractEntities } from '@/utils/article/entities';
import { names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('kinds of match sport writing capitalises', () => {
  it('leaves out a cricket "Test", keeps the competition that names it', () => {
    const text = `Second Test, Eden Park, Auckland

Kieran Walsh made his ninth Test century as Ireland drew level. The third Test starts on Friday in Napier.

The draw keeps Ireland fifth in the World Test Championship.`;
    const shown = names(extractEntities(text, { lang: 'en' }));
    expect(shown).not.toContain('Test');
    expect(shown).toContain('Kieran Walsh');
    expect(shown).toContain('World Test Championship');
  });
});
