import { describe, expect, it } from 'vitest';
import { longerHeading } from '@/utils/article/extract/longer-heading';

// Headlines written for these tests (not taken from any corpus).
describe('longerHeading', () => {
  it('takes the heading a title is the first clauses of, under a section label or not', () => {
    const full = 'Port strike latest: Harbour board meets unions; ferries cancelled until Friday';
    expect(longerHeading('Port strike latest: Harbour board meets unions', [full])).toBe(full);
    const relabelled = 'Coupe de France, Lorient renverse Brest : Diallo et Morel en héros';
    expect(longerHeading('Football, Coupe de France : Lorient renverse Brest', [relabelled])).toBe(
      relabelled,
    );
  });

  it('keeps the title when the heading adds a date, a kicker or a name, or says it otherwise', () => {
    expect(
      longerHeading('Harbour board meets unions', ['Harbour board meets unions 02.02.2022 • Port']),
    ).toBeNull();
    expect(longerHeading('Harbour board meets unions', ['Harbour board meets unions - Gazette'])).toBeNull();
    expect(
      longerHeading('Harbour board meets unions', ['Live: Harbour board meets unions as ferries stop']),
    ).toBeNull();
    expect(
      longerHeading('Harbour strike: what we know', ['Harbour strike: what we know so far today']),
    ).toBeNull();
    expect(longerHeading('Port strike', ['Port strike: ferries cancelled until Friday'])).toBeNull();
  });
});
