import { describe, expect, it } from 'vitest';
import { LIMITS } from '@/utils/highlights/model';
import { formatTags, parseTags } from '@/utils/highlights/tags';

describe('parseTags', () => {
  it('splits on commas, semicolons and new lines, trimming and squashing spaces', () => {
    expect(parseTags(' cloud ,  sécurité   informatique;CISA\nMicrosoft ')).toEqual([
      'cloud',
      'sécurité informatique',
      'CISA',
      'Microsoft',
    ]);
  });

  it('drops empty tags, leading hashes and duplicates that differ only by case', () => {
    expect(parseTags(',, #Cloud, cloud ,## Storm-0558, storm-0558,')).toEqual(['Cloud', 'Storm-0558']);
  });

  it('stays within the model limits', () => {
    const many = Array.from({ length: LIMITS.tags + 10 }, (_, i) => `t${i}`).join(',');
    expect(parseTags(many)).toHaveLength(LIMITS.tags);
    expect(parseTags('x'.repeat(LIMITS.tag + 30))[0]).toHaveLength(LIMITS.tag);
  });

  it('round-trips with formatTags', () => {
    const tags = ['cloud', 'Storm-0558', 'sécurité informatique'];
    expect(parseTags(formatTags(tags))).toEqual(tags);
    expect(formatTags([])).toBe('');
  });
});
