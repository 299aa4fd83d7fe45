import { describe, expect, it } from 'vitest';
import { TOKEN_RE, TokenScan } from '@/utils/article/entities/token-scan';
import { sampleStrings } from '../../shared/sample-strings';

/** The walk's matches, as "offset:text". */
function walk(text: string): string[] {
  const out: string[] = [];
  const scan = new TokenScan(text);
  while (scan.advance()) out.push(`${scan.at}:${scan.raw}`);
  return out;
}

const viaMatchAll = (text: string): string[] =>
  [...text.matchAll(new RegExp(TOKEN_RE.source, TOKEN_RE.flags))].map((m) => `${m.index}:${m[0]}`);

describe('TokenScan', () => {
  it('reads plain ASCII words and marks as the pattern matches them', () => {
    expect(walk('Kim said: no,\n\tyes.')).toEqual([
      '0:Kim',
      '4:said',
      '8::',
      '10:no',
      '12:,',
      '13:\n',
      '15:yes',
      '18:.',
    ]);
  });

  it('joins what the pattern joins: hyphens, apostrophes, dots, ampersands, closing plus and dollar signs', () => {
    expect(walk('l’État Storm-0558 AT&T Outlook.com C++ Canal+ US$5 x-')).toEqual([
      '0:l’État',
      '7:Storm-0558',
      '18:AT&T',
      '23:Outlook.com',
      '35:C++',
      '39:Canal+',
      '46:US$',
      '49:5',
      '51:x',
      '52:-',
    ]);
    // A dot before a capitalised word ends a sentence whose space was lost.
    expect(walk('physician.Police')).toEqual(['0:physician', '9:.', '10:Police']);
  });

  it('leaves slashed and dotted acronyms and characters outside the BMP to the pattern', () => {
    for (const text of ['U.S. Army', 'J. Dupont', 'SAMP/T, S/MIME, LR/UDI', 'x𝐀b 𝐀.B 𝐚', 'A.𝐀. a.B𝐚'])
      expect(walk(text)).toEqual(viaMatchAll(text));
  });

  it('reads what the pattern matches, accents, other spaces and marks inside words included', () => {
    for (const text of [
      'U.S. AT&T l’État',
      'C++ Outlook.com',
      'café\u00a0Zoë',
      'Storm-0558 x',
      '« Zoë » — 𝐀b',
    ])
      expect(walk(text)).toEqual(viaMatchAll(text));
  });

  it('matches as the pattern on generated strings', () => {
    const words = [
      'U',
      'S',
      '.',
      'AT',
      '&',
      'T',
      'l',
      '’',
      'Ab',
      'ab',
      '-',
      '/',
      '$',
      '+',
      '++',
      'x',
      'É',
      'ß',
    ];
    for (const text of sampleStrings(8000, words, 12)) expect(walk(text), text).toEqual(viaMatchAll(text));
  });

  it('leaves the shared pattern ready for another walk', () => {
    const scan = new TokenScan('Zoë 𝐀b SAMP/T');
    while (scan.advance());
    expect(TOKEN_RE.lastIndex).toBe(0);
  });
});
