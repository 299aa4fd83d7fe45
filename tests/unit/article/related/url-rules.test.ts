import { describe, expect, it } from 'vitest';
import {
  fileShape,
  hasPageShape,
  isArticleLikeUrl,
  urlKey,
  urlSlugText,
} from '@/utils/article/related/url-rules';

const like = (path: string) => isArticleLikeUrl(new URL(path, 'https://www.site.fr/'));

describe('hasPageShape', () => {
  const shaped = (path: string, page: string) =>
    hasPageShape(new URL(path, 'https://www.site.fr/'), fileShape(new URL(page, 'https://www.site.fr/')));

  it('takes a two-word story file shaped as the page’s own address', () => {
    expect(shaped('/weirdest-galaxies.html', '/most-detailed-universe-simulation.html')).toBe(true);
    expect(shaped('/news/weirdest-galaxies.php', '/news/most-detailed-universe-simulation.php')).toBe(true);
  });

  it('asks the same depth and extension, a wordy page address, two words, and no listing or query', () => {
    const page = '/most-detailed-universe-simulation.html';
    expect(shaped('/space/weirdest-galaxies.html', page)).toBe(false);
    expect(shaped('/weirdest-galaxies', page)).toBe(false);
    expect(shaped('/galaxies.html', page)).toBe(false);
    expect(shaped('/weirdest-galaxies.html', '/universe-simulation.html')).toBe(false);
    expect(shaped('/weirdest-galaxies.html', '/2019/11/universe-sim')).toBe(false);
    expect(shaped('/weirdest-galaxies.html?s=galaxies', page)).toBe(false);
    expect(shaped('/contact/our-team.html', '/news/most-detailed-universe-simulation.html')).toBe(false);
  });
});

describe('isArticleLikeUrl', () => {
  it('accepts wordy slugs, numeric ids, dated paths and ?p= permalinks', () => {
    expect(like('/actu-58214/midnight-blizzard-cisa')).toBe(true);
    expect(like('/post/news-701220')).toBe(true);
    expect(like('/tech/un-long-titre-en-slug.html')).toBe(true);
    expect(like('/2024/04/12/directive')).toBe(true);
    // A two-word slug dated to the day: a story, where "/porsche-reset" alone could be a topic page.
    expect(like('/breakingviews/porsche-reset-2026-12-02/')).toBe(true);
    expect(like('/98765')).toBe(true);
    expect(like('/?p=123')).toBe(true);
  });

  it('rejects listings, archives, pagination, account, legal, feed, search and file URLs', () => {
    for (const path of [
      '/',
      '/categorie/securite',
      '/category/internet/un-sous-theme-long',
      '/tag/microsoft',
      '/auteur/claire-dumontet',
      '/autor/jordana-ferreira-lima',
      '/actualites/page/2',
      '/2024',
      '/2024/04/',
      '/archives/2024-04', // a month, not a day
      '/porsche-reset',
      '/bons-plans',
      '/science-and-health',
      '/connexion',
      '/politique-de-confidentialite',
      '/feed',
      '/?s=microsoft+cloud+securite',
      '/actu-1234/un-article-ici?replytocom=5',
      '/wp-content/uploads/2024/04/une-image-de-serveurs.jpg',
      '/article/10.1000/s1234-017-0626-z.ris', // a citation file of a paper
      '/events/harbour-festival-2024-opening-night.ics',
      // An image server's size parameters written into the path.
      '/storyimage/20240412/NEWS/240419977/240419977.jpg&MaxW=900',
    ]) {
      expect(like(path), path).toBe(false);
    }
  });
});

describe('urlKey', () => {
  it('drops the fragment, tracking parameters, www. and a trailing slash', () => {
    expect(urlKey('https://www.site.fr/actu-1/titre/?utm_source=x#comments')).toBe(
      'https://site.fr/actu-1/titre',
    );
    expect(urlKey('https://site.fr/actu-1/titre')).toBe('https://site.fr/actu-1/titre');
    expect(urlKey('https://site.fr/guide/titre//')).toBe('https://site.fr/guide/titre');
  });

  it('returns null for non-http URLs', () => {
    expect(urlKey('mailto:a@b.fr')).toBeNull();
  });
});

describe('urlSlugText', () => {
  it('gives the words of the last path segment', () => {
    expect(urlSlugText('https://site.fr/news-1/panne-aws-13-heures.html')).toBe('panne aws heures');
  });
});
