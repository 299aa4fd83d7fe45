import { describe, expect, it } from 'vitest';
import { homeLinkedTitleName } from '@/utils/article/extract/home-link-name';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';

// Pages written for these tests (not taken from any corpus).
const page = (title: string, header: string) =>
  parseHtmlWithLinkedom(
    `<html><head><title>${title}</title></head><body>${header}<p>Texte.</p></body></html>`,
    'file:///page.html',
  );

describe('homeLinkedTitleName', () => {
  it('takes the title’s end that the link to the home page writes', () => {
    expect(
      homeLinkedTitleName(page('La piscine fermera | Le Héron', '<a href="/" class="l1">Le Héron</a>')),
    ).toBe('Le Héron');
  });

  it('gives nothing when no home link writes it, or when the title has no separator', () => {
    expect(
      homeLinkedTitleName(page('La piscine fermera | Le Héron', '<a href="/" class="l1">Accueil</a>')),
    ).toBeNull();
    expect(homeLinkedTitleName(page('La piscine fermera', '<a href="/">Le Héron</a>'))).toBeNull();
  });
});
