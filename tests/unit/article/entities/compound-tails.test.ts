import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a name glued to a participle by a hyphen', () => {
  it('is a name though written once, a place before "-based" or "-born"', () => {
    const text = `The Dornmouth-based nonprofit runs 14 clinics in the region. Its director, a Kessville-born surgeon,
joined last year.`;
    const es = entitiesOf(text);
    expect(find(es, 'Dornmouth')?.type).toBe('place');
    expect(find(es, 'Kessville')?.type).toBe('place');
  });

  it('names a body or a person before "-led" or "-owned"', () => {
    const text = `The Varrick-owned platform lost users, and the Tessaly-led coalition left the talks.`;
    const shown = names(entitiesOf(text));
    expect(shown).toContain('Varrick');
    expect(shown).toContain('Tessaly');
  });

  it('keeps out a word written at a sentence start or in lower case', () => {
    const text = `Plant-based meals are popular. The menu is plant-based and cheap.`;
    expect(names(entitiesOf(text))).not.toContain('Plant');
  });
});
