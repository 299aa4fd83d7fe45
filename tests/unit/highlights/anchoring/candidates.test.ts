import search from 'approx-string-match';
import { describe, expect, it } from 'vitest';
import { type Candidate, fuzzyCandidates, maxErrorsFor } from '@/utils/highlights/anchoring/candidates';

/** Runs a step generator to completion, counting its yields. */
function run<T>(steps: Generator<void, T>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const r = steps.next();
    if (r.done) return { value: r.value, yields };
    yields++;
  }
}

const fuzzy = (text: string, quote: string, from?: number, to?: number) =>
  run(fuzzyCandidates(text, quote, from, to)).value;

/** Small seeded PRNG (mulberry32) so the generated pages are the same on every run. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = `the a of and to in that is was for on with as by at from reader annotation highlight page
article passage network security research government company cloud service report investigators
microsoft tokens signing keys stolen crash dump engineers customers agencies browser extension
library offline archive quietly carefully although because whenever several thousand million
forged authentication mailbox revoked changed stored described published yesterday morning
evening weekend summer winter europe america paris london berlin data privacy policy update`.split(/\s+/);

/** A page of `n` pseudo-random words in sentences: plenty of common seeds, like prose. */
function page(seed: number, n: number): string {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const w = WORDS[Math.floor(r() * WORDS.length)] as string;
    out.push(r() < 0.08 ? `${w}.` : w);
  }
  return out.join(' ');
}

const covers = (cs: Candidate[], start: number, end: number) =>
  cs.some((c) => Math.abs(c.start - start) <= 2 && Math.abs(c.end - end) <= 2);

describe('fuzzyCandidates', () => {
  const text = page(1, 3000);
  const at = text.indexOf(' ', 9000) + 1;
  const quote = text.slice(at, text.indexOf(' ', at + 150));

  it('finds a passage whose words were substituted, deleted or inserted', () => {
    const words = quote.split(' ');
    const edits = [
      words.map((w, i) => (i === 3 ? 'substituted' : w)),
      words.filter((_, i) => i !== 5),
      [...words.slice(0, 7), 'inserted', ...words.slice(7)],
    ];
    for (const edited of edits) {
      const page2 = text.slice(0, at) + edited.join(' ') + text.slice(at + quote.length);
      const end = at + edited.join(' ').length;
      const found = fuzzy(page2, quote);
      expect(covers(found, at, end)).toBe(true);
      expect(Math.min(...found.map((c) => c.quoteErrors))).toBeGreaterThan(0);
    }
  });

  it('reports the lookalike copy as a rival, not only the best match', () => {
    const copy = quote.replace(/\b(\w+)$/, 'different');
    const page2 = `${text.slice(0, 200)} ${copy} ${text.slice(200)}`;
    const moved = page2.indexOf(quote);
    const edited =
      page2.slice(0, moved) + quote.replace(/ the /, ' thee ') + page2.slice(moved + quote.length);
    const found = fuzzy(edited, quote);
    expect(covers(found, 201, 201 + copy.length)).toBe(true);
    expect(found.some((c) => c.start >= moved - 2 && c.start <= moved + 2)).toBe(true);
  });

  it('finds non-Latin text: Japanese without spaces, and Russian', () => {
    const ja = '東京都の天気は晴れです。午後から雲が広がり、夕方には所により雨が降るでしょう。'.repeat(3);
    const jaPage = `${ja}明日の東京都の天気は曇りで、昼過ぎから雨が降る見込みです。${ja}`;
    const jaQuote = '明日の東京都の天気は曇りで、昼過ぎから雪が降る見込みです。';
    const start = jaPage.indexOf('明日の');
    expect(covers(fuzzy(jaPage, jaQuote), start, start + jaQuote.length)).toBe(true);
    const ru = `${'Сегодня в Москве солнечно, ветер слабый. '.repeat(20)}Исследователи заявили, что ключ был украден из аварийного дампа памяти. ${'Вечером ожидается дождь. '.repeat(20)}`;
    const ruQuote = 'Исследователи заявили, что ключ был похищен из аварийного дампа памяти.';
    const ruStart = ru.indexOf('Исследователи');
    expect(covers(fuzzy(ru, ruQuote), ruStart, ruStart + ruQuote.length - 1)).toBe(true);
  });

  it('finds quotes at the very start and end of the text, including mid-word selections', () => {
    const head = text.slice(0, 120);
    expect(covers(fuzzy(text, head.replace(/the/, 'teh')), 0, 120)).toBe(true);
    const tail = text.slice(-97);
    const tailQuote = `${tail.slice(0, 40)}X${tail.slice(41)}`;
    expect(covers(fuzzy(text, tailQuote), text.length - 97, text.length)).toBe(true);
  });

  it('stays inside the from/to window', () => {
    const edited = `${quote.slice(0, 60)}Q${quote.slice(61)}`;
    const page2 = `${edited} ${text} ${edited}`;
    const second = page2.lastIndexOf(edited);
    const inWindow = fuzzy(page2, quote, second - 100, page2.length);
    expect(inWindow.length).toBeGreaterThan(0);
    for (const c of inWindow) expect(c.start).toBeGreaterThanOrEqual(second - 100);
    expect(covers(fuzzy(page2, quote), 0, edited.length)).toBe(true);
  });

  it('falls back to a full scan when every seed of the quote was edited away', () => {
    // Every word changed by one letter in the middle: no 10-character seed survives, 7 errors of 58.
    const original = 'alpha bravo charlie delta echoes foxtrot golfer hotels indigo';
    const edited = original.replace(/(\w)(\w)(\w*)/g, (_, a, _b, c) => `${a}x${c}`);
    const pageText = `${text.slice(0, 500)} ${edited} ${text.slice(500, 1500)}`;
    const start = pageText.indexOf(edited);
    expect(covers(fuzzy(pageText, original), start, start + edited.length)).toBe(true);
  });

  it('needs no full scan of a long page for a lightly edited passage (few yields, not one per chunk)', () => {
    const long = page(3, 16000);
    const s = long.indexOf(' ', 70000) + 1;
    const q = long.slice(s, long.indexOf(' ', s + 200));
    const changed = q.replace(/ (\w+) /, ' word ');
    const edited = long.slice(0, s) + changed + long.slice(s + q.length);
    const { value, yields } = run(fuzzyCandidates(edited, q));
    expect(covers(value, s, s + changed.length)).toBe(true);
    // A scan yields after every 16k characters per segment: 3 segments × 6 chunks here.
    expect(yields).toBeLessThan(6);
  });

  it('finds nothing for a passage that is gone, and time-slices the search', () => {
    const gone = 'zzqv wxyk plmo qqrt vvbn jjhg kkdf zzqv wxyk plmo qqrt vvbn';
    const { value, yields } = run(fuzzyCandidates(text, gone));
    expect(value).toEqual([]);
    expect(yields).toBeGreaterThan(1);
  });

  it('contains the best approximate match wherever it is (random passages, edits ≤ 10%)', () => {
    const r = rng(7);
    const pageText = page(2, 2500);
    for (let trial = 0; trial < 40; trial++) {
      const s = pageText.indexOf(' ', Math.floor(r() * (pageText.length - 400))) + 1;
      const len = 20 + Math.floor(r() * 280);
      const quote2 = pageText.slice(s, s + len);
      const chars = [...quote2];
      for (let e = 0; e < Math.floor(len / 10); e++)
        chars[Math.floor(r() * len)] = 'abcdefghij'[Math.floor(r() * 10)] as string;
      const edited = pageText.slice(0, s) + chars.join('') + pageText.slice(s + len);
      const k = maxErrorsFor(quote2.length);
      const best = search(edited, quote2, k);
      const found = fuzzy(edited, quote2, Math.max(0, s - 5000), Math.min(edited.length, s + len + 5000));
      for (const b of best.filter((x) => x.start >= s - 5000 && x.end <= s + len + 5000))
        expect(found.some((c) => c.end === b.end && c.quoteErrors === b.errors)).toBe(true);
    }
  });
});
