import { describe, expect, it } from 'vitest';
import { fold, foldWords, hasAccent, stripAccents } from '@/utils/shared/fold';

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
});
