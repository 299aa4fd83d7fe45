import { describe, expect, it } from 'vitest';
import {
  buildSeedIndex,
  clusterDiagonals,
  MAX_SEED_HITS,
  quoteSeeds,
  SEED_LENGTH,
  seedDiagonals,
  seedIndexFor,
  seedStabbing,
  usableSeeds,
} from '@/utils/highlights/anchoring/seed-index';
import { isWordStart, wordStarts } from '@/utils/highlights/anchoring/word-starts';

describe('word starts and seeds', () => {
  it('starts words after spaces, and at every character of scripts written without spaces', () => {
    expect(isWordStart('ab cd', 0)).toBe(true);
    expect(isWordStart('ab cd', 1)).toBe(false);
    expect(isWordStart('ab cd', 2)).toBe(false);
    expect(isWordStart('ab cd', 3)).toBe(true);
    expect(isWordStart('東京都の天気', 2)).toBe(true);
    expect(isWordStart('ภาษาไทย', 3)).toBe(true);
    expect(wordStarts('one two  three', 3)).toEqual([0, 4, 9]);
    expect(wordStarts('ab 東京都', 1)).toEqual([0, 3, 4, 5]);
  });

  it('takes the quote’s first character and its word starts that leave room for a whole seed', () => {
    const quote = 'the reader keeps annotations';
    const seeds = quoteSeeds(quote);
    expect(seeds).toEqual([0, 4, 11, 17]);
    for (const o of seeds) expect(o + SEED_LENGTH).toBeLessThanOrEqual(quote.length);
    expect(quoteSeeds('too short')).toEqual([]);
  });

  it('counts the edits needed to destroy every seed (interval stabbing, first character excluded)', () => {
    // Windows [o − 1, o + 10): 3→[2,13), 8→[7,18) overlap (one edit at 12 kills both); 30→[29,40) needs another.
    expect(seedStabbing([0, 3, 8, 30])).toBe(2);
    expect(seedStabbing([0])).toBe(0);
    expect(seedStabbing([5, 16, 27])).toBe(3);
  });
});

describe('seed index', () => {
  const text = 'one quiet morning the reader opened the library and one quiet morning ended';

  it('finds every word-start occurrence of a seed, and where it implies the quote starts', () => {
    const index = buildSeedIndex(text);
    const quote = 'quiet morning the reader';
    const diagonals = [...seedDiagonals(index, quote, [0])];
    expect(diagonals).toEqual([text.indexOf('quiet'), text.lastIndexOf('quiet')]);
    // All seeds of the quote agree on its real start.
    const all = [...seedDiagonals(index, quote, quoteSeeds(quote))];
    expect(all.filter((d) => d === text.indexOf(quote)).length).toBe(quoteSeeds(quote).length);
  });

  it('ignores occurrences that do not start a word', () => {
    const index = buildSeedIndex('xquiet morning, quiet morning');
    expect([...seedDiagonals(index, 'quiet morning', [0])]).toEqual([16]);
  });

  it('indexes Japanese text character by character', () => {
    const ja = 'きょうの東京都の天気は晴れです。あしたの東京都の天気は晴れです。';
    const quote = 'あしたの東京都の天気は晴れです';
    const o = quote.indexOf('東京都');
    expect(quoteSeeds(quote)).toContain(o);
    const first = ja.indexOf('東京都');
    const second = ja.lastIndexOf('東京都');
    // The seed at 東京都 occurs twice: once where the quote is, once in the lookalike sentence.
    expect([...seedDiagonals(buildSeedIndex(ja), quote, [o])]).toEqual([first - o, second - o]);
  });

  it('is rebuilt only when the text changes', () => {
    const a = seedIndexFor(text);
    expect(seedIndexFor(`${text}`)).toBe(a);
    expect(seedIndexFor(`${text}!`)).not.toBe(a);
  });

  it('groups nearby diagonals into clusters with their vote counts', () => {
    const clusters = clusterDiagonals(Int32Array.from([3, 5, 6, 40, 41, 200]), 4, 10);
    expect(clusters).toEqual([
      { lo: 3, hi: 6, votes: 3 },
      { lo: 40, hi: 41, votes: 2 },
      { lo: 200, hi: 200, votes: 1 },
    ]);
    // A chain of close diagonals is cut once it spans more than `width`.
    expect(clusterDiagonals(Int32Array.from([0, 3, 6, 9, 12]), 4, 6).map((c) => c.votes)).toEqual([3, 2]);
  });

  it('drops seeds repeated too often on the page (boilerplate), keeps rare and absent ones', () => {
    const boiler = 'Share this article on social media. '.repeat(MAX_SEED_HITS + 1);
    const index = buildSeedIndex(`${boiler}The investigators found the stolen key.`);
    const quote = 'Share this article: the investigators found the stolen key.';
    const seeds = usableSeeds(index, quote);
    expect(seeds).not.toContain(0);
    expect(seeds).toContain(quote.indexOf('investigators'));
    expect(seeds).toContain(quote.indexOf('article:'));
  });
});
