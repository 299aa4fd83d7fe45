import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a body and its one branch named by a known place', () => {
  it('joins "Kestrel Foods" and "Kestrel Foods Scotland"', () => {
    const es =
      entitiesOf(`Kestrel Foods said on Monday it would close a plant. Kestrel Foods Scotland employs 300
      people, and Kestrel Foods will pay them until March.`);
    const e = find(es, 'Kestrel Foods');
    expect([e?.text, ...(e?.variants ?? [])]).toEqual(
      expect.arrayContaining(['Kestrel Foods', 'Kestrel Foods Scotland']),
    );
  });

  it('leaves two branches, and a word already short for another name, apart', () => {
    const es = entitiesOf(`Kestrel Foods France and Kestrel Foods Spain both grew. Kestrel Foods said so.
      Dunmore Ceramics cut jobs; Ceramics said it would hire again, and Ceramics UK, the trade body, welcomed it.`);
    expect(find(es, 'Kestrel Foods France')?.variants ?? []).not.toContain('Kestrel Foods');
    expect(find(es, 'Ceramics UK')?.variants ?? []).not.toContain('Ceramics');
  });

  it('joins a club named by its town to its full name with its region', () => {
    const es = entitiesOf(
      `Le RC Vannes Bretagne a perdu dimanche. À domicile, le RC Vannes n'a pas marqué, et Vannes n'a gagné
      qu'une fois cette saison.`,
      'fr',
    );
    const e = find(es, 'RC Vannes');
    expect([e?.text, ...(e?.variants ?? [])]).toEqual(
      expect.arrayContaining(['RC Vannes', 'RC Vannes Bretagne', 'Vannes']),
    );
  });
});
