import { describe, expect, it } from 'vitest';
import { countJoinedWords, joinWordRuns, leadingWordRuns, lowerWords } from '@/utils/shared/word-runs';
import { sampleStrings } from './sample-strings';

/** The regex the one-pass join replaces. */
const byRegex = (text: string): string => text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

describe('joining the runs of letters and digits', () => {
  it('turns every run of other characters into one space, none at the ends', () => {
    expect(joinWordRuns("  l'état — d'abord!  ")).toBe('l état d abord');
    expect(joinWordRuns('')).toBe('');
    expect(joinWordRuns(' … ')).toBe('');
  });

  it('reads letters and digits of every script, outside the BMP too', () => {
    expect(joinWordRuns('Москва, 2024年 東京 ٣٤')).toBe('Москва 2024年 東京 ٣٤');
    expect(joinWordRuns('𝐀𝐁c 😀 𠀀x')).toBe('𝐀𝐁c 𠀀x');
  });

  it('gives what the regex gives, lone surrogates and combining marks included', () => {
    const samples = [
      'e\u0301te\u0301',
      'a\ud800b',
      '\udc00x\ud83d',
      'tab\there\nnew·line',
      'Storm-0558 AT&T',
      '١٢٣-abc_def',
    ];
    for (const text of samples) expect(joinWordRuns(text)).toBe(byRegex(text));
  });
});

describe('the runs that open a text', () => {
  it('gives each run with where it ends, up to the count asked', () => {
    expect(leadingWordRuns("don't miss: la suite", 3)).toEqual([
      { word: 'don', end: 3 },
      { word: 't', end: 5 },
      { word: 'miss', end: 10 },
    ]);
    expect(leadingWordRuns('𝐀𝐁 c', 5)).toEqual([
      { word: '𝐀𝐁', end: 4 },
      { word: 'c', end: 6 },
    ]);
  });

  it('gives none when the text opens with something else', () => {
    expect(leadingWordRuns(' lire aussi', 2)).toEqual([]);
    expect(leadingWordRuns('« lire', 2)).toEqual([]);
    expect(leadingWordRuns('', 2)).toEqual([]);
  });

  it('lists the runs in lower case', () => {
    expect(lowerWords("L'Élysée, 2024 — à Paris")).toEqual(['l', 'élysée', '2024', 'à', 'paris']);
    expect(lowerWords(' — ')).toEqual([]);
  });
});

describe('countJoinedWords', () => {
  it('counts what the word pattern matches', () => {
    const before = (text: string) => text.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
    expect(countJoinedWords("aujourd'hui Storm-0558, 3.5 -- a--b x.")).toBe(6);
    const pieces = ["'", '’', '-', '.', 'ab', 'É', '3', ' ', '--'];
    const samples = sampleStrings(8000, pieces, 10);
    expect(samples.filter((text) => countJoinedWords(text) !== before(text))).toEqual([]);
  });
});
