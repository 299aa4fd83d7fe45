import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string): string | undefined => find(entitiesOf(text, 'en'), name)?.type;

describe('a company named by its last word', () => {
  it('takes "Enterprise", "Enterprises" or "Railway" closing a longer name', () => {
    const text = `Marrow Hewitt Enterprise cut 300 jobs on Monday, and Quarry Vale Railway cancelled trains. Shares in
      Tarvik Enterprises fell.`;
    expect(typeOf(text, 'Marrow Hewitt Enterprise')).toBe('organization');
    expect(typeOf(text, 'Quarry Vale Railway')).toBe('organization');
    expect(typeOf(text, 'Tarvik Enterprises')).toBe('organization');
  });

  it('says nothing of the word alone', () => {
    const text = `The Enterprise sailed from Norfolk on Monday. Planes left the Enterprise at dawn.`;
    expect(typeOf(text, 'Enterprise')).not.toBe('organization');
  });
});
