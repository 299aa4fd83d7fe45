import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a role, « de » and the body it heads', () => {
  it('reads the body, not a surname « de X »', () => {
    const es = entitiesOf(
      `Hier, Paul Garnier, président de Véloria, a présenté ses comptes. Véloria gagne des clients. La
directrice de Google et le président de LR étaient présents.`,
      'fr',
    );
    expect(names(es).some((n) => n.startsWith('de '))).toBe(false);
    expect(find(es, 'Véloria')?.count).toBe(2);
    expect(names(es)).toContain('LR');
  });

  it('keeps the particle of a surname after a rank or a courtesy title', () => {
    const es = entitiesOf(
      `Le général de Castelnau a parlé. M. de Villeneuve a répondu ; Villeneuve est resté.`,
      'fr',
    );
    expect(names(es)).toContain('de Castelnau');
    expect(names(es)).toContain('de Villeneuve');
  });
});
