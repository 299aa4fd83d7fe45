import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a capitalised "Me" inside a sentence', () => {
  it('closes the title-case name before it', () => {
    const shown = names(entitiesOf('Her brother started a Go Fund Me page for Dara Venn on Monday.'));
    expect(shown).toContain('Go Fund Me');
    expect(shown).not.toContain('Go Fund');
  });

  it('is no name opening a sentence', () => {
    const shown = names(entitiesOf('Dara Venn spoke first. Me, I waited for Harlow to answer.'));
    expect(shown.some((n) => n.includes('Me'))).toBe(false);
  });
});
