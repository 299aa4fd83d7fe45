import { describe, expect, it } from 'vitest';
import { widerByline } from '@/utils/article/extract/wider-byline';

describe('widerByline', () => {
  it('takes the printed line when it names every declared author and more', () => {
    expect(widerByline('Léa Roux', 'Léa Roux et Marc Olivier')).toBe('Léa Roux et Marc Olivier');
    expect(widerByline('Jo Bloggs', 'Sam Doe, Jo Bloggs and Ann Lee')).toBe('Sam Doe, Jo Bloggs and Ann Lee');
  });

  it('keeps the declared byline otherwise, and falls back on the printed one', () => {
    // Another person, the same person, fewer people: the metadata stands.
    expect(widerByline('Jo Bloggs', 'Sam Doe and Ann Lee')).toBe('Jo Bloggs');
    expect(widerByline('Jo Bloggs', 'Jo Bloggs')).toBe('Jo Bloggs');
    expect(widerByline('Jo Bloggs und Sam Doe', 'Jo Bloggs')).toBe('Jo Bloggs und Sam Doe');
    expect(widerByline(null, 'Ann Lee')).toBe('Ann Lee');
    expect(widerByline('Ann Lee', null)).toBe('Ann Lee');
  });
});
