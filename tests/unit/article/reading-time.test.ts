import { describe, expect, it } from 'vitest';
import { countWords, imageSeconds, readingTimeExact, readingTimeMinutes } from '@/utils/article/reading-time';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('reading time', () => {
  it('counts words with inner apostrophes, hyphens and dots as one, and CJK characters one by one', () => {
    expect(countWords("Aujourd'hui, Storm-0558 a visé Outlook.com.")).toBe(5);
    expect(countWords('図書館 library')).toBe(4);
    expect(countWords('')).toBe(0);
  });

  it('uses 238 wpm in English, 200 in French, 200 by default and 500 CJK characters a minute', () => {
    expect(readingTimeExact(words(238), 'en')).toBeCloseTo(1);
    expect(readingTimeExact(words(200), 'fr-FR')).toBeCloseTo(1);
    expect(readingTimeExact(words(200), 'de')).toBeCloseTo(1);
    expect(readingTimeExact('字'.repeat(500), 'zh')).toBeCloseTo(1);
  });

  it('adds 12 s for the first image, one second less for each next one, 3 s at least', () => {
    expect(imageSeconds(0)).toBe(0);
    expect(imageSeconds(1)).toBe(12);
    expect(imageSeconds(3)).toBe(12 + 11 + 10);
    expect(imageSeconds(12)).toBe(12 + 11 + 10 + 9 + 8 + 7 + 6 + 5 + 4 + 3 + 3 + 3);
  });

  it('rounds up to whole minutes, with a minimum of one', () => {
    expect(readingTimeMinutes('', 'en')).toBe(1);
    expect(readingTimeMinutes(words(238), 'en')).toBe(1);
    expect(readingTimeMinutes(words(239), 'en')).toBe(2);
    expect(readingTimeMinutes(words(297), 'fr', 1)).toBe(2);
    expect(readingTimeMinutes(words(200), 'fr', 1)).toBe(2);
  });
});
