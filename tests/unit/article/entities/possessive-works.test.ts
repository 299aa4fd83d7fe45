import { describe, expect, it } from 'vitest';
import { extractEntities } from '@/utils/article/entities';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a title after an owner\'s possessive and "The"', () => {
  it('is a work, whole with its article ("Nora Keats\'s The Salt Road")', () => {
    const es =
      entitiesOf(`Nora Keats's The Salt Road (Harbour Press, 240 pages) is set on the coast. The Salt Road
    follows a girl and her father. Keats draws with care.`);
    const book = find(es, 'The Salt Road');
    expect(book?.type).toBe('other');
    expect(book?.count).toBe(2);
    expect(names(es)).not.toContain('Salt Road');
  });

  it('is cued by the headline for the italic title the body writes alone', () => {
    const title = "Review: Nora Keats's The Salt Road is a quiet book";
    const text = 'The Salt Road follows a girl and her father along the coast. Keats draws it with care.';
    const es = extractEntities(text, { lang: 'en', title, emphasis: ['The Salt Road'] });
    expect(find(es, 'The Salt Road')?.type).toBe('other');
    // Without the italics, the text reads as before.
    expect(find(extractEntities(text, { lang: 'en', title }), 'The Salt Road')).toBeUndefined();
  });

  it('leaves a paper alone ("Murdoch\'s The Sun Daily")', () => {
    const es = entitiesOf("Murdoch's The Sun Daily printed the story. The Sun Daily said more.");
    expect(find(es, 'Sun Daily')?.type).toBe('organization');
    expect(find(es, 'The Sun Daily')).toBeUndefined();
  });
});
