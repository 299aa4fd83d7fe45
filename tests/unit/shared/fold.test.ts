import { describe, expect, it } from 'vitest';
import {
  collapseSpaceRuns,
  collapseSpaces,
  fold,
  foldInPlace,
  foldWords,
  hasAccent,
  stripAccents,
} from '@/utils/shared/fold';
import { sampleStrings } from './sample-strings';

describe('the text fold', () => {
  it('folds case, accents and ligatures', () => {
    expect(fold('États-Unis')).toBe('etats-unis');
    expect(fold('Œuvre Straße')).toBe('oeuvre strasse');
  });

  it('folds a text of punctuation and Latin-1 signs by its case alone, as the full fold does', () => {
    const text = 'It’s “Über” — 25\u00a0°C… «\u2032» ‹Ok›';
    expect(fold(text)).toBe(stripAccents(text.toLowerCase()));
    expect(fold('“Ça” – Œuvre')).toBe('“ca” – oeuvre');
    // The two spaces before U+2010 decompose (U+2000 → U+2002): they are folded the long way.
    expect(fold('a\u2000b')).toBe('a\u2002b');
  });

  it('strips accents and keeps case', () => {
    expect(stripAccents('Île-de-France')).toBe('Ile-de-France');
    expect(hasAccent('Île')).toBe(true);
    expect(hasAccent('Ile')).toBe(false);
  });

  it('strips every combining mark the regex /\\p{M}+/u would, outside the BMP and at the ends too', () => {
    const byRegex = (text: string): string => text.normalize('NFD').replace(/\p{M}+/gu, '');
    const samples = [
      '\u0301e\u0301\u0302x\u0301',
      'a\u{1D165}b\u{E0100}',
      'a\ud800\u0301b\udc00',
      'é😀à',
      'plain',
      '',
    ];
    for (const text of samples) expect(stripAccents(text)).toBe(byRegex(text));
  });

  it('turns punctuation runs into single spaces for word matching', () => {
    expect(foldWords("  L'État — d'abord!  ")).toBe('l etat d abord');
  });

  it('collapses white space: each run one space, none at the ends, null as empty', () => {
    expect(collapseSpaces(' \n\t Le\u00a0 monde\r\n  entier\u3000')).toBe('Le monde entier');
    expect(collapseSpaces(null)).toBe('');
    expect(collapseSpaces(undefined)).toBe('');
  });

  it('collapses each run of white space to one space and keeps the ends, as replacing /\\s+/g does', () => {
    expect(collapseSpaceRuns(' a\u00a0\n b\tc  ')).toBe(' a b c ');
    expect(collapseSpaceRuns('one two')).toBe('one two');
    for (const text of sampleStrings(2000, ['  ', ' \n', 'a b'])) {
      expect(collapseSpaceRuns(text)).toBe(text.replace(/\s+/g, ' '));
    }
  });

  it('folds letter for letter, so indexes in the folded text are indexes in the text', () => {
    for (const text of ['À LIRE ÉGALEMENT : Œuvre', 'Читайте также', 'Straße 😀 Ünïcode']) {
      expect(foldInPlace(text)).toHaveLength(text.length);
    }
    expect(foldInPlace('À LIRE ÉGALEMENT : Œuvre')).toBe('a lire egalement : œuvre');
  });

  it('folds an ASCII text in place as its lower case, as it folds each of its letters', () => {
    const ascii = 'READ ALSO: Why 3 Fed-Rates Rose (Again)';
    expect(foldInPlace(ascii)).toBe('read also: why 3 fed-rates rose (again)');
    // The same letters beside one that is not ASCII take the letter-by-letter way: same answer for each.
    expect(foldInPlace(`${ascii} É`)).toBe(`${foldInPlace(ascii)} e`);
  });

  it('keeps Korean syllables whole, which NFD splits into letters that are no accents', () => {
    expect(fold('관련 기사')).toBe('관련 기사');
    expect(foldWords('관련기사: 서울')).toBe('관련기사 서울');
    expect(stripAccents('서울 Séoul')).toBe('서울 Seoul');
    expect(hasAccent('서울')).toBe(false);
    // Letter for letter: "관련" and "기사" start with the same consonants as "가렵" and "경사", yet stay apart.
    expect(foldInPlace('관련 기사')).toBe('관련 기사');
    expect(foldInPlace('관련 기사')).not.toBe(foldInPlace('가렵 경사'));
  });
});
