import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('furniture words opening a name', () => {
  it('keeps a caption label that a sentence runs on into, written so twice', () => {
    const es = entitiesOf(
      `Le groupe Crédit Coopératif Lémanique a publié ses comptes. Selon le Crédit Coopératif Lémanique, la hausse est nette.`,
      'fr',
    );
    expect(names(es)).toContain('Crédit Coopératif Lémanique');
    expect(names(es)).not.toContain('Coopératif Lémanique');
  });

  it('drops the label opening a caption line or written once', () => {
    const caption = entitiesOf(`Crédit Lionel Marsac. Le maire a parlé. Lionel Marsac photographie.`, 'fr');
    expect(names(caption).some((n) => n.startsWith('Crédit'))).toBe(false);
    const once = entitiesOf(
      `La photo est signée. Photo Lionel Marsac. Le maire parle, et Lionel Marsac aussi.`,
      'fr',
    );
    expect(names(once).some((n) => n.startsWith('Photo'))).toBe(false);
  });
});
