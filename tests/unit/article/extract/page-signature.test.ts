import { describe, expect, it } from 'vitest';
import { pageSignature } from '@/utils/article/extract/page-signature';
import { pageOf } from './helpers';

// Pages written for these tests (not taken from any corpus).
const PROSE =
  '<p>Le conseil municipal a voté mardi la rénovation complète de la piscine, après un long débat sur les écoles, les transports et le budget de la ville pour l’année prochaine, que l’opposition juge trop lourd.</p>';
const story = (after: string) =>
  pageOf(`<article><h1>La piscine</h1><div class="body">${PROSE}${PROSE}</div>${after}</article>`);

describe('pageSignature', () => {
  it('reads the signature set in a box after the story’s text', () => {
    expect(pageSignature(story('<div class="foot"><p>Camille Roche</p></div>'), null)).toBe('Camille Roche');
    expect(pageSignature(story('<div class="foot"><p>Par Camille Roche</p></div>'), null)).toBe(
      'Camille Roche',
    );
  });

  it('reads no author from a heading-like credit, an author box’s link or a teaser list', () => {
    expect(pageSignature(story('<div><p>Bilan von Unternehmen</p></div>'), null)).toBeNull();
    expect(pageSignature(story('<div><p>Alle Artikel von Tanja Karrasch</p></div>'), null)).toBeNull();
    expect(pageSignature(story('<ul><li>Par Camille Roche</li></ul>'), null)).toBeNull();
    expect(pageSignature(story(''), null)).toBeNull();
  });
});
