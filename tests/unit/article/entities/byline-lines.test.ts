import { describe, expect, it } from 'vitest';
import { extractEntities } from '@/utils/article/entities';
import { find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('names on a byline line the page’s byline did not give', () => {
  it('leaves out the authors of a « Par » line, a desk in brackets after them', () => {
    const text = `Les Vingt-Sept ont trouvé un accord à Bruxelles.

Par Aurèle Montvallon et Sidonie Kervella (Bruxelles, bureau européen)

L’accord a été salué par Hugo Danreuil, qui le jugeait impossible. Hugo Danreuil a parlé de victoire.`;
    const es = extractEntities(text, { lang: 'fr', byline: 'Aurèle Montvallon' });
    expect(find(es, 'Aurèle Montvallon')).toBeUndefined();
    expect(find(es, 'Sidonie Kervella')).toBeUndefined();
    expect(names(es)).toContain('Hugo Danreuil');
    expect(names(es)).toContain('Bruxelles');
  });

  it('keeps a name after « Par » in a sentence', () => {
    const text = `Par Émilien Vaudrey, la mairie a fait savoir qu’elle renonçait au projet.

Émilien Vaudrey reste prudent.`;
    expect(names(extractEntities(text, { lang: 'fr' }))).toContain('Émilien Vaudrey');
  });
});
