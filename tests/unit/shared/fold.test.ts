import { describe, expect, it } from 'vitest';
import { fold, foldInPlace, foldWords, hasAccent, stripAccents } from '@/utils/shared/fold';

describe('the text fold', () => {
  it('folds case, accents and ligatures', () => {
    expect(fold('États-Unis')).toBe('etats-unis');
    expect(fold('Œuvre Straße')).toBe('oeuvre strasse');
  });

  it('strips accents and keeps case', () => {
    expect(stripAccents('Île-de-France')).toBe('Ile-de-France');
    expect(hasAccent('Île')).toBe(true);
    expect(hasAccent('Ile')).toBe(false);
  });

  it('turns punctuation runs into single spaces for word matching', () => {
    expect(foldWords("  L'État — d'abord!  ")).toBe('l etat d abord');
  });

  it('folds letter for letter, so indexes in the folded text are indexes in the text', () => {
    for (const text of ['À LIRE ÉGALEMENT : Œuvre', 'Читайте также', 'Straße 😀 Ünïcode']) {
      expect(foldInPlace(text)).toHaveLength(text.length);
    }
    expect(foldInPlace('À LIRE ÉGALEMENT : Œuvre')).toBe('a lire egalement : œuvre');
  });
});
