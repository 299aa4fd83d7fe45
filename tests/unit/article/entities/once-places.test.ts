import { describe, expect, it } from 'vitest';
import { type RankedEntity, readerOrder } from '@/utils/article/entities/reader-order';
import { rankedEntity } from './helpers';

// Entities written for these tests (not taken from any corpus).
const ranked = (
  text: string,
  type: 'place' | 'organization',
  score: number,
  cues: Partial<RankedEntity> = {},
) => rankedEntity(text, type, score, cues);

const order = (list: RankedEntity[]): string[] => readerOrder(list).map((e) => e.text);

describe('a place named once in passing', () => {
  it('comes after a body named as often', () => {
    const list = [ranked('Dorvale', 'place', 3.2), ranked('Harbour Trust', 'organization', 2.4)];
    expect(order(list)).toEqual(['Harbour Trust', 'Dorvale']);
  });

  it('keeps its place when the title names it, when it acts or when the text names it again', () => {
    const body = ranked('Harbour Trust', 'organization', 2.4);
    expect(order([ranked('Dorvale', 'place', 3.2, { titled: true }), body])[0]).toBe('Dorvale');
    expect(order([ranked('Dorvale', 'place', 3.2, { acting: 1 }), body])[0]).toBe('Dorvale');
    expect(order([ranked('Dorvale', 'place', 3.2, { once: false }), body])[0]).toBe('Dorvale');
  });
});
