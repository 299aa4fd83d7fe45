import { describe, expect, it } from 'vitest';
import { archivedUrl } from '@/utils/article/archived-url';
import { siteHost } from '@/utils/article/extract/header-fields';

// Addresses written for these tests (not taken from any corpus).
describe('archivedUrl', () => {
  it('reads the archived address of a web archive’s copy', () => {
    const url = new URL('https://web.archive.org/web/20160330101229/http://recipes.example/muffins/?p=2');
    expect(archivedUrl(url).href).toBe('http://recipes.example/muffins/?p=2');
    expect(archivedUrl(new URL('https://web.archive.org/web/2016im_/https://a.example/x')).hostname).toBe(
      'a.example',
    );
  });

  it('keeps any other address', () => {
    expect(archivedUrl(new URL('https://news.example/web/2016/http://x')).hostname).toBe('news.example');
    expect(archivedUrl(new URL('https://web.archive.org/about/')).hostname).toBe('web.archive.org');
  });

  it('names the archived site as the page’s host', () => {
    expect(siteHost('https://web.archive.org/web/20160330101229/http://www.recipes.example/muffins/')).toBe(
      'www.recipes.example',
    );
  });
});
