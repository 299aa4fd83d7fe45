import { describe, expect, it } from 'vitest';
import { DAY_NAMES, MONTH_NAMES } from '@/utils/article/extract/meta-words';
import { STANDING_WORDS } from '@/utils/article/forum-thread';
import {
  CASELESS_LETTER,
  CASELESS_WORD,
  caselessAlternatives,
  caselessSource,
} from '@/utils/shared/caseless';

/** Every character with a case mapping: the only ones case folding can join to another. */
const CASED: string[] = [];
for (let cp = 0; cp <= 0x10ffff; cp++) {
  if (cp >= 0xd800 && cp <= 0xdfff) continue;
  const char = String.fromCodePoint(cp);
  if (char.toLowerCase() !== char || char.toUpperCase() !== char) CASED.push(char);
}

const NEWSLETTER_WORDS = 'newsletter|nieuwsbrief|boletín';
const LETTERS = [
  ...new Set(`${MONTH_NAMES}${DAY_NAMES}${NEWSLETTER_WORDS}${STANDING_WORDS}ßåKSİ`.replace(/[^\p{L}]/gu, '')),
];

describe('caselessSource', () => {
  it.each(LETTERS)('matches what the `iu` flags match for %s', (letter) => {
    const engine = new RegExp(`^${letter}$`, 'iu');
    const ours = new RegExp(`^(?:${caselessSource(letter)})$`, 'u');
    const candidates = [letter, ...CASED];
    expect(candidates.filter((c) => ours.test(c))).toEqual(candidates.filter((c) => engine.test(c)));
  });

  it('keeps other characters and makes each word of a list caseless', () => {
    expect(caselessSource('mai')).toBe('[mM][aA][iI]');
    expect(caselessSource('sexta-feira')).toContain('[aA]-[fF]');
    expect(new RegExp(`^(?:${caselessAlternatives('juin|juillet')})$`, 'u').test('JUILLET')).toBe(true);
  });

  it('reads a letter as `iu` reads [\\p{L}]', () => {
    const engine = /[\p{L}]/iu;
    const ours = new RegExp(`[${CASELESS_LETTER}]`, 'u');
    for (let cp = 0; cp <= 0x10ffff; cp += 1) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const char = String.fromCodePoint(cp);
      if (engine.test(char) !== ours.test(char)) expect(cp.toString(16)).toBe('the same');
    }
  });

  it('reads a word character as `iu` reads \\w', () => {
    const engine = /\w/iu;
    const ours = new RegExp(`[${CASELESS_WORD}]`, 'u');
    for (let cp = 0; cp <= 0x10ffff; cp += 1) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const char = String.fromCodePoint(cp);
      if (engine.test(char) !== ours.test(char)) expect(cp.toString(16)).toBe('the same');
    }
  });
});
