import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a body whose name holds "and", shown by its acronym', () => {
  it('keeps both sides of "and" when the acronym spells them, here and where the words come back', () => {
    const es =
      entitiesOf(`Officers of Forestry and River Patrol (FRP) stopped the boat near Tallow Point. A week
later Forestry and River Patrol said the cargo was worth $2 million.`);
    expect(find(es, 'Forestry and River Patrol')?.count).toBe(3);
    expect(names(es)).not.toContain('River Patrol');
  });

  it('keeps two names apart when no acronym joins them', () => {
    const es = entitiesOf(`Talks between Harbour Authority and River Patrol resumed on Monday. River Patrol
officers and Harbour Authority staff met again at Tallow Point.`);
    expect(names(es)).toContain('River Patrol');
    expect(names(es)).toContain('Harbour Authority');
  });
});

describe('a long French body name before its acronym', () => {
  it('joins the whole name, its lower-case words and function words, to the acronym', () => {
    const es = entitiesOf(
      `Le Haut-Commissariat des Nations unies pour les réfugiés (HCR) a publié un rapport. Selon le HCR, la situation empire.
Les Nations unies ont réagi.`,
      'fr',
    );
    const hcr = find(es, 'HCR');
    expect(hcr?.variants.concat(hcr.text)).toContain('Haut-Commissariat des Nations unies pour les réfugiés');
    expect(hcr?.type).toBe('organization');
    expect(find(es, 'Haut-Commissariat')).toBeUndefined();
  });

  it('reads a direction word before a body word as a rank, not a place', () => {
    const es = entitiesOf(`La Haute Autorité de santé (HAS) a rendu un avis. La HAS reste prudente.`, 'fr');
    expect(find(es, 'HAS')?.type).toBe('organization');
  });
});
