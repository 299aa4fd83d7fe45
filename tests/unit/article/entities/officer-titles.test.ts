import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('"Officer" and "Justice" before a name are titles', () => {
  const text = `The board met on Monday. Chief Executive Officer Dana Whitlow said the firm would cut costs, and
    its Chief Financial Officer Omar Pettigrew agreed. Across town, Justice Ruth Allaway and Justice Colm Brereton
    heard the appeal. The Justice Department declined to comment; Whitlow, Pettigrew and Allaway did not either.`;

  it('keeps the name without the title or its qualifiers', () => {
    const shown = names(entitiesOf(text));
    expect(shown).toContain('Dana Whitlow');
    expect(shown).toContain('Omar Pettigrew');
    expect(shown).toContain('Ruth Allaway');
    expect(shown).toContain('Colm Brereton');
    expect(shown.some((n) => /Officer|Financial|^Justice (?!Department)/.test(n))).toBe(false);
  });

  it('keeps a body whose name opens with the word', () => {
    expect(find(entitiesOf(text), 'Justice Department')?.type).toBe('organization');
  });
});
