import { describe, expect, it } from 'vitest';
import { gluedTailAt, isContraction, syllableTail } from '@/utils/article/entities/tokenize';
import { letterShape, opensCapitalised } from '@/utils/shared/letter-shape';
import { lowerWords } from '@/utils/shared/word-runs';
import { sampleStrings } from './sample-strings';

// Each Unicode pattern a shape pattern replaced, and the test that replaced it: they must answer alike.
const shaped = (pattern: RegExp) => (s: string) => pattern.test(letterShape(s));
const REWRITES: [RegExp, (s: string) => boolean][] = [
  [/\p{Ll}\p{Lu}|^\p{Ll}|[-]\p{Lu}|\.\p{Ll}{2,}$/u, shaped(/lU|^l|-U|\.l{2,}$/)],
  [
    /\p{Lu}{2,}\p{Ll}+\p{Lu}|^\p{Lu}{2,}(?!s$)\p{Ll}$/u,
    (s) => /U{2,}l+U/.test(letterShape(s)) || (/^U{2,}l$/.test(letterShape(s)) && !s.endsWith('s')),
  ],
  [/^\p{Lu}\.?(?:\s+\p{Lu}\.?)+$/u, shaped(/^U\.?(?:\s+U\.?)+$/)],
  [/^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u, shaped(/^Ul+Ul+$/)],
  [/^\p{Ll}+\p{Lu}/u, shaped(/^l+U/)],
  [/^(?:\p{Lu}\.){2,3} ?\p{Lu}\p{Ll}+$/u, shaped(/^(?:U\.){2,3} ?Ul+$/)],
  [/^\p{Lu}{1,5}(?:-\p{Lu}{1,5})+$/u, shaped(/^U{1,5}(?:-U{1,5})+$/)],
  [/^\p{Ll}[\p{Ll}’'-]*$/u, shaped(/^l[l’'-]*$/)],
  [/^[\p{Lu}\d][\p{L}\d&]{1,9}$/u, shaped(/^[U\d][UlL\d&]{1,9}$/)],
  [/^\p{Lu}{3,6} \p{Lu}\p{Ll}+$/u, shaped(/^U{3,6} Ul+$/)],
  [/^\p{Lu}\/\p{Lu}(?![\p{L}\p{N}/])/u, shaped(/^U\/U(?![UlL\dN/])/)],
  [/^\d{2,5}\p{Lu}[\p{Lu}\d]*$/u, shaped(/^\d{2,5}U[U\d]*$/)],
  [/^\d{2,5}\p{Ll}[\p{Ll}\d]*$/u, shaped(/^\d{2,5}l[l\d]*$/)],
  [/^\p{Ll}{1,4}\d[\p{Ll}\d]*$/u, shaped(/^l{1,4}\d[l\d]*$/)],
  [/^\p{Lu}{2,5}$/u, shaped(/^U{2,5}$/)],
  [/^\p{Lu}\p{Ll}{0,4}[-‐‑]\p{Ll}{1,4}$/u, shaped(/^Ul{0,4}[-‐‑]l{1,4}$/)],
  [/^\p{Lu}\p{Ll}{2,4}$/u, shaped(/^Ul{2,4}$/)],
  [/^\p{Lu}{1,2}\d{1,3}$/u, shaped(/^U{1,2}\d{1,3}$/)],
  [/^\p{Lu}{1,5}-[\p{Lu}\d]{1,3}$/u, shaped(/^U{1,5}-[U\d]{1,3}$/)],
  [/\p{L}[-‐‑]\p{Lu}/u, shaped(/[UlL][-‐‑]U/)],
  [/^\p{Lu}+-\p{Lu}\p{Ll}+$|^\p{Lu}{2,4}$|^\p{Ll}+\p{Lu}{2,}/u, shaped(/^U+-Ul+$|^U{2,4}$|^l+U{2,}/)],
  [/^[^\p{Lu}]*\p{Ll}[^\p{Lu}]*$/u, shaped(/^[^U]*l[^U]*$/)],
];

// Words of the shapes the patterns look for, and pieces to build more.
const FIXTURES = 'iPhone|eVTOL|E-Tech|GTI|SGt|CEOs|BSSÊBSaBBSÊ|G. P.|O N|WeWork|K.P. Ravindranath|AB-C'.split(
  '|',
);
const MORE =
  'JAMA Psychiatry|M/V|R/V1|9950X3D|285k|xm6|FAZ|Jong-un|Cat|T1|USB-C|Libération-Couronneries'.split('|');
const PIECES = [...'ABabsÉéǅʰ1-. /&’٣', '23', '𝐀', '𝐚'];

describe('letterShape', () => {
  it('writes each character as its class, one unit each', () => {
    expect(letterShape('iPhone-15')).toBe('lUllll-15');
    expect(letterShape('Ǆǅǆ ʰ中 ٣½ 𝐀𝐚 😀')).toBe('ULl LL NN Ul \ufffd');
    expect(letterShape('\ud800x')).toBe('\ud800l');
  });

  it('lets each rewritten pattern answer as its Unicode pattern did', () => {
    const samples = [
      ...FIXTURES,
      ...MORE,
      ...sampleStrings(5000, PIECES, 8),
      ...sampleStrings(3000, [], 6, 7),
    ];
    for (const [before, after] of REWRITES) {
      expect(
        samples.filter((s) => after(s) !== before.test(s)),
        String(before),
      ).toEqual([]);
      expect(
        samples.some((s) => before.test(s)),
        `${before} matches some samples`,
      ).toBe(true);
    }
  });
});

describe('opensCapitalised', () => {
  it('answers as /^\\p{Lu}\\p{Ll}/u', () => {
    const samples = [
      'Paris',
      'PARIS',
      'paris',
      '',
      'É',
      'Éa',
      '𝐀𝐚',
      'A𝐚',
      'ǅa',
      ...sampleStrings(4000, PIECES, 4),
    ];
    expect(samples.filter((s) => opensCapitalised(s) !== /^\p{Lu}\p{Ll}/u.test(s))).toEqual([]);
    expect(opensCapitalised('Paris')).toBe(true);
  });
});

describe('isContraction', () => {
  it('answers as the pattern it replaced, with `i` and `u`', () => {
    const pieces = [
      ...PIECES,
      '’',
      "'",
      're',
      'RE',
      'm',
      'M',
      've',
      'll',
      'LL',
      'd',
      't',
      'T',
      'n',
      'N',
      'We',
      'don',
    ];
    const samples = [
      'We’re',
      "I'm",
      'Don’t',
      'DON’T',
      "rock'n'roll",
      '’re',
      ...sampleStrings(8000, pieces, 5),
    ];
    const before = /^\p{L}+[’'](?:re|m|ve|ll|d|t)$|n[’']t$/iu;
    expect(samples.filter((s) => isContraction(s) !== before.test(s))).toEqual([]);
    expect(samples.filter((s) => before.test(s)).length).toBeGreaterThan(10);
  });
});

describe('syllableTail and gluedTailAt', () => {
  it('find what the patterns they replaced found', () => {
    const pieces = [...PIECES, '-', '‐', '‑', 'Kore', 'eda', 'ing', 'wen', '’', 'le'];
    const samples = [
      'Kore-eda',
      'Ing-wen',
      'Cotti-le',
      'Chirac-n’a',
      'Washington-based',
      ...sampleStrings(8000, pieces, 5),
    ];
    const syllables = /^\p{Lu}\p{Ll}{1,3}[-‐‑](\p{Ll}{2,3})$/u;
    const glued = /[-‐‑](?:\p{Ll}{2,}|\p{Ll}[’']\p{Ll}+)$/u;
    expect(samples.filter((s) => syllableTail(s) !== syllables.exec(s)?.[1])).toEqual([]);
    expect(samples.filter((s) => gluedTailAt(s) !== (glued.exec(s)?.index ?? -1))).toEqual([]);
    expect(syllableTail('Kore-eda')).toBe('eda');
    expect(gluedTailAt('Washington-based')).toBe(10);
  });
});

describe('lowerWords', () => {
  it('lists what the pattern listed', () => {
    const samples = sampleStrings(6000, PIECES, 10, 9);
    expect(
      samples.filter(
        (s) => lowerWords(s).join('|') !== (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join('|'),
      ),
    ).toEqual([]);
  });
});
