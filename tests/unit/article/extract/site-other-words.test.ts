import { describe, expect, it } from 'vitest';
import { siteInOtherWords } from '@/utils/article/extract/site-other-words';

describe('siteInOtherWords', () => {
  it('reads the site’s words in another order', () => {
    expect(siteInOtherWords('Grüne Fraktion Nord', 'Fraktion Nord Grüne')).toBe(true);
  });

  it('reads a run of the site’s words shortened to their capitals, accents folded, either way', () => {
    expect(siteInOtherWords('ÖN Blatt', 'Östliche Nachrichten Blatt')).toBe(true);
    expect(siteInOtherWords('Blatt ÖN', 'Blatt Östliche Nachrichten')).toBe(true);
    expect(siteInOtherWords('Östliche Nachrichten Blatt', 'ÖN Blatt')).toBe(true);
  });

  it('keeps apart capitals that are not the words’ and names of one word or other words', () => {
    expect(siteInOtherWords('XN Blatt', 'Östliche Nachrichten Blatt')).toBe(false);
    expect(siteInOtherWords('ÖN Zeitung', 'Östliche Nachrichten Blatt')).toBe(false);
    expect(siteInOtherWords('Blatt', 'Blatt')).toBe(false);
    expect(siteInOtherWords('Anna Blatt', 'Östliche Nachrichten Blatt')).toBe(false);
  });
});
