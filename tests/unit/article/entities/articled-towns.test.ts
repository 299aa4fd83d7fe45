import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('towns whose name opens with an article, written « du X » / « au X »', () => {
  it('names a listed town with its article and types it a place', () => {
    const es = entitiesOf(
      `Les dockers du Mans ont manifesté jeudi. Au Mans, la maire Anne Roux a promis une réponse rapide.`,
      'fr',
    );
    expect(find(es, 'Le Mans')?.type).toBe('place');
    expect(find(es, 'Le Mans')?.count).toBe(2);
    expect(names(es)).not.toContain('Mans');
  });

  it('takes the article from the title for a town the gazetteer does not list', () => {
    const es = entitiesOf(
      `Les pompiers du Puy-en-Velay sont intervenus mardi. Au Puy-en-Velay, la maire Anne Roux a réagi.`,
      'fr',
      'Le Puy-en-Velay : la maire réagit',
    );
    expect(find(es, 'Le Puy-en-Velay')?.count).toBe(2);
  });

  it('keeps a body or a name written after a plain article, and a title that does not write the article', () => {
    const senate = entitiesOf(
      `Les membres du Sénat ont voté. Au Sénat, Anne Roux a réagi.`,
      'fr',
      'Le Sénat : la réforme adoptée',
    );
    expect(names(senate)).not.toContain('Le Sénat');
    const town = entitiesOf(
      `Les pompiers du Puy-en-Velay sont intervenus. Au Puy-en-Velay, la maire Anne Roux a réagi.`,
      'fr',
      'Incendie : la maire réagit',
    );
    expect(names(town)).not.toContain('Le Puy-en-Velay');
  });
});
