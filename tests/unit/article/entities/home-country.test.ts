import { describe, expect, it } from 'vitest';
import { extractEntities } from '@/utils/article/entities';
import { homeCountry } from '@/utils/article/entities/home-country';
import { names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('the site’s home country', () => {
  it('reads the country from the page’s country domain only', () => {
    expect(homeCountry('https://www.journal-exemple.fr/societe/article')).toContain('france');
    expect(homeCountry('https://news.example.co.uk/a')).toContain('united kingdom');
    expect(homeCountry('https://example.com/a')).toEqual(new Set());
    expect(homeCountry('not a url')).toEqual(new Set());
    expect(homeCountry(undefined)).toEqual(new Set());
  });

  const text = `En France, la grève continue. Partout en France, les gares sont vides. Le syndicat Sud Rail appelle à tenir
jusqu’à lundi, et la France reste bloquée. Selon la SNCF, un train sur trois circule. Sud Rail veut une réunion avec la SNCF, qui refuse. En France, la
dernière grève aussi longue date de 2019. La direction de la SNCF propose une prime, que Sud Rail juge trop faible.`;
  const order = (url: string, title = 'Grève : Sud Rail ne cède pas') =>
    names(extractEntities(text, { lang: 'fr', title, url }));

  it('shows a French site’s France after the bodies the story is about', () => {
    expect(order('https://journal-exemple.fr/greve').indexOf('France')).toBeGreaterThan(
      order('https://journal-exemple.fr/greve').indexOf('SNCF'),
    );
    // Elsewhere France is a country like any other; and a French title that names it keeps it a subject.
    expect(order('https://journal-exemple.ch/greve').indexOf('France')).toBeLessThan(
      order('https://journal-exemple.ch/greve').indexOf('SNCF'),
    );
    const titled = order('https://journal-exemple.fr/greve', 'La France bloquée par la grève');
    expect(titled.indexOf('France')).toBeLessThan(titled.indexOf('SNCF'));
  });
});
