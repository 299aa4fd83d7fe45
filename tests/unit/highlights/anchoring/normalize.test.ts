import { describe, expect, it } from 'vitest';
import {
  normalize,
  normalizeString,
  toNormalizedEnd,
  toNormalizedStart,
} from '@/utils/highlights/anchoring/normalize';

describe('normalize', () => {
  it('collapses and trims whitespace, including no-break and thin spaces', () => {
    expect(normalizeString('  a \n\t b\u00a0\u00a0c\u2009d  ')).toBe('a b c d');
  });

  it('folds typographic quotes, apostrophes, dashes and ellipsis', () => {
    expect(normalizeString('l’homme “dit” — ‘oui’…')).toBe(`l'homme "dit" - 'oui'...`);
  });

  it('treats French and English punctuation spacing alike', () => {
    expect(normalizeString('« Bonjour » : ça va\u202f?')).toBe(normalizeString('"Bonjour": ça va?'));
  });

  it('removes soft hyphens and zero-width characters', () => {
    expect(normalizeString('anti\u00adcon\u200bsti\u200dtu\ufefftion')).toBe('anticonstitution');
  });

  it('composes decomposed accents (NFC)', () => {
    expect(normalizeString('e\u0301te\u0301')).toBe('été');
  });

  it('keeps typography when not folding', () => {
    expect(normalize('l’homme  «\u00a0x\u00a0»', { fold: false }).text).toBe('l’homme « x »');
  });

  it('maps every normalised character back to its raw span', () => {
    const raw = 'a  e\u0301…\u00adb';
    const n = normalize(raw);
    expect(n.text).toBe('a é...b');
    expect([...n.starts]).toEqual([0, 1, 3, 5, 5, 5, 7]);
    expect([...n.ends]).toEqual([1, 3, 5, 6, 6, 6, 8]);
    expect(toNormalizedStart(n, 3)).toBe(2);
    expect(toNormalizedEnd(n, 5)).toBe(3);
  });

  it('inserts a space at block breaks, never a double one', () => {
    expect(normalize('onetwo three', { breaks: [3, 6, 7] }).text).toBe('one two three');
  });

  it('handles empty and whitespace-only input', () => {
    expect(normalizeString('')).toBe('');
    expect(normalizeString(' \n\u00a0')).toBe('');
  });

  it('keeps surrogate pairs aligned with UTF-16 offsets', () => {
    const n = normalize('a 😀 b');
    expect(n.text).toBe('a 😀 b');
    expect(n.starts.length).toBe(n.text.length);
  });

  it('keeps long texts intact past its output chunks, offsets included', () => {
    const word = 'Mañana… « déjà » vu ; ';
    const raw = word.repeat(2000);
    const n = normalize(raw);
    expect(n.text).toBe(normalizeString(word).concat(' ').repeat(2000).trimEnd());
    expect(n.starts.length).toBe(n.text.length);
    const last = n.text.length - 1;
    expect(raw.slice(n.starts[last], n.ends[last])).toBe(';');
  });
});
