import { describe, expect, it } from 'vitest';
import { makeGroup } from '@/utils/article/entities/group';
import { isFeastOnly } from '@/utils/article/entities/names-only-feasts';
import { mentionOf } from './helpers';

// Mentions written for these tests (not taken from any corpus).

const mention = (surface: string, before: string) =>
  mentionOf(surface, { before: [before, ''], after: ['', ''] });

describe('Names only: a feast is when a story happens', () => {
  it('leaves out a feast, keeps the town of the same name', () => {
    expect(isFeastOnly(makeGroup(['natal'], [mention('Natal', 'no'), mention('Natal', 'do')]))).toBe(true);
    expect(isFeastOnly(makeGroup(['natal'], [mention('Natal', 'no'), mention('Natal', 'em')]))).toBe(false);
    expect(isFeastOnly(makeGroup(['coimbra'], [mention('Coimbra', 'de')]))).toBe(false);
  });
});
