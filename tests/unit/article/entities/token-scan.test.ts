import { describe, expect, it } from 'vitest';
import { TokenScan } from '@/utils/article/entities/token-scan';

// A pattern of the tokenizer's shape: words with inner marks, dotted acronyms, line breaks, single marks.
const PATTERN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-&’'.][\p{L}\p{N}]+)*\+?|\n|[^\s\p{L}\p{N}]/gu;

/** The walk's matches, as "offset:text". */
function walk(text: string): string[] {
  const out: string[] = [];
  const scan = new TokenScan(text, new RegExp(PATTERN.source, PATTERN.flags));
  while (scan.advance()) out.push(`${scan.at}:${scan.raw}`);
  return out;
}

const viaMatchAll = (text: string): string[] =>
  [...text.matchAll(new RegExp(PATTERN.source, PATTERN.flags))].map((m) => `${m.index}:${m[0]}`);

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

  it('leaves the shared pattern ready for another walk', () => {
    const pattern = new RegExp(PATTERN.source, PATTERN.flags);
    const scan = new TokenScan('Zoë Zoë', pattern);
    while (scan.advance());
    expect(pattern.lastIndex).toBe(0);
  });
});
