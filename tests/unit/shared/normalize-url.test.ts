import { describe, expect, it } from 'vitest';
import {
  displaySite,
  isSameSite,
  normalizeUrl,
  siteOf,
  siteOfUrl,
  siteReader,
} from '@/utils/shared/normalize-url';

describe('normalizeUrl', () => {
  it('drops the fragment and tracking parameters, keeps and sorts the rest', () => {
    expect(
      normalizeUrl('https://Example.COM:443/a/b?utm_source=x&z=1&fbclid=y&a=2&UTM_Medium=m&gclid=g#part'),
    ).toBe('https://example.com/a/b?a=2&z=1');
    expect(normalizeUrl('https://x.fr/p?mc_cid=1&mc_eid=2&igshid=3&ref_src=4&xtor=5')).toBe('https://x.fr/p');
  });

  it('keeps parameters that may select content and their encoding', () => {
    expect(normalizeUrl('https://x.fr/search?q=caf%C3%A9+noir&page=2&ref=home')).toBe(
      'https://x.fr/search?page=2&q=caf%C3%A9+noir&ref=home',
    );
    expect(normalizeUrl('https://x.fr/p?b=1&a=2&b=0')).toBe('https://x.fr/p?a=2&b=1&b=0');
  });

  it('strips default ports but keeps others, and keeps paths as written', () => {
    expect(normalizeUrl('http://x.fr:80/a/')).toBe('http://x.fr/a/');
    expect(normalizeUrl('http://x.fr:8080/a/index.html')).toBe('http://x.fr:8080/a/index.html');
  });

  it('prefers a same-site canonical URL', () => {
    expect(normalizeUrl('https://m.example.com/story?utm_source=t', 'https://www.example.com/story#x')).toBe(
      'https://www.example.com/story',
    );
    expect(normalizeUrl('https://www.example.com/a', '/amp/a')).toBe('https://www.example.com/amp/a');
  });

  it('ignores an untrustworthy canonical URL', () => {
    expect(normalizeUrl('https://blog.example.com/post', 'https://evil.example.net/post')).toBe(
      'https://blog.example.com/post',
    );
    expect(normalizeUrl('https://example.com/deep/post', 'https://example.com/')).toBe(
      'https://example.com/deep/post',
    );
    expect(normalizeUrl('https://example.com/post', 'javascript:alert(1)')).toBe('https://example.com/post');
  });

  it('never trusts a canonical URL on another host of a shared-hosting suffix', () => {
    expect(normalizeUrl('https://attacker.github.io/p', 'https://victim.github.io/notes')).toBe(
      'https://attacker.github.io/p',
    );
    expect(normalizeUrl('https://a.blogspot.com/x', 'https://b.blogspot.com/x')).toBe(
      'https://a.blogspot.com/x',
    );
    expect(normalizeUrl('https://github.io/x', 'https://victim.github.io/x')).toBe('https://github.io/x');
    expect(normalizeUrl('https://a.co.uk/x', 'https://b.co.uk/x')).toBe('https://a.co.uk/x');
    expect(normalizeUrl('http://127.0.0.1:8000/a', 'http://127.0.0.2:8000/a')).toBe(
      'http://127.0.0.1:8000/a',
    );
    // Two pages of one github.io site may still point at each other.
    expect(normalizeUrl('https://me.github.io/a?x=1', 'https://me.github.io/a')).toBe(
      'https://me.github.io/a',
    );
  });

  it('refuses what is not http(s)', () => {
    expect(normalizeUrl('file:///etc/passwd')).toBeNull();
    expect(normalizeUrl('not a url')).toBeNull();
  });
});

describe('sites', () => {
  it('reads registrable domains from the public suffix list, private suffixes included', () => {
    expect(siteOf('news.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteOf('victim.github.io')).toBe('victim.github.io');
    expect(siteOf('github.io')).toBe('github.io');
    expect(siteOf('WWW.Example.COM.')).toBe('example.com');
    expect(siteOf('localhost')).toBe('localhost');
    expect(siteOf('www.lemonde.fr')).toBe('lemonde.fr');
    expect(siteOf('127.0.0.1')).toBe('127.0.0.1');
    // Blog hosts the list lacks: each blog is a site, the host's own pages one more.
    expect(siteOf('ana.wordpress.com')).toBe('ana.wordpress.com');
    expect(siteOf('files.ana.substack.com')).toBe('ana.substack.com');
    expect(siteOf('ana.blogspot.de')).toBe('ana.blogspot.de');
    expect(siteOf('www.medium.com')).toBe('medium.com');
    expect(siteOf('rueda.wikidot.com')).toBe('rueda.wikidot.com');
    expect(siteOf('schleifen.ucoz.de')).toBe('schleifen.ucoz.de');
    expect(displaySite('https://www.kulturegeek.fr/x')).toBe('kulturegeek.fr');
  });

  it("counts a member's pages under /@name as a site of their own, like a blog on a blog host", () => {
    const url = (href: string) => new URL(href);
    expect(siteOfUrl(url('https://medium.com/@Ana/a-story-1a2b'))).toBe('medium.com/@ana');
    expect(siteOfUrl(url('https://ana.blogspot.com/2024/01/x.html'))).toBe('ana.blogspot.com');
    expect(siteOfUrl(url('https://www.example.com/news/x'))).toBe('example.com');
    expect(isSameSite(url('https://medium.com/@ana/a'), url('https://medium.com/@bo/b'))).toBe(false);
    expect(isSameSite(url('https://ana.substack.com/p/a'), url('https://bo.substack.com/p/b'))).toBe(false);
    expect(isSameSite(url('https://news.example.co.uk/a'), url('https://www.example.co.uk/b'))).toBe(true);
  });

  it('reads the same sites through a siteReader, member parts and hosts of any case included', () => {
    const read = siteReader();
    for (const href of [
      'https://medium.com/@Ana/a-story-1a2b',
      'https://medium.com/@bo/b',
      'https://medium.com/tag/x',
      'https://ana.blogspot.com/2024/01/x.html',
      'https://WWW.Example.com/news/x',
      'https://news.example.co.uk/a',
      'https://127.0.0.1/a',
    ]) {
      expect(read(new URL(href))).toBe(siteOfUrl(new URL(href)));
      expect(read(new URL(href))).toBe(siteOfUrl(new URL(href)));
    }
  });

  it("trusts no canonical link to another member's pages", () => {
    expect(normalizeUrl('https://medium.com/@ana/a-1', 'https://medium.com/@bo/b-2')).toBe(
      'https://medium.com/@ana/a-1',
    );
  });
});
