import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a brand signed « by » its maker', () => {
  it('is one name when the text names the maker: « NOVA by Telvio »', () => {
    const es = entitiesOf(
      `Les clients de Telvio et de NOVA by Telvio sont privés de réseau, a dit Léa Marin. Telvio s’excuse.`,
      'fr',
    );
    expect(find(es, 'NOVA by Telvio')).toBeDefined();
    expect(names(es)).not.toContain('NOVA');
  });

  it('is typed a body when the maker is a known one: « RED by SFR »', () => {
    const es = entitiesOf(
      `Les abonnés de RED by SFR paient moins, a dit Léa Marin. Léa Marin le regrette.`,
      'fr',
    );
    expect(find(es, 'RED by SFR')?.type).toBe('organization');
  });

  it('leaves a credit to a person unknown to the text apart: « Photo by Paul Brenner »', () => {
    const es = entitiesOf(`Le Festival Lumen ouvre samedi, a dit Léa Marin. Photo by Paul Brenner.`, 'fr');
    expect(names(es).some((n) => n.includes(' by '))).toBe(false);
  });
});
