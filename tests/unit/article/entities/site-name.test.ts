import { describe, expect, it } from 'vitest';
import { extractEntities } from '@/utils/article/entities';
import { find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

const STORY = `The Harlow council voted on Monday to close the Meadow Lane library. "We had no choice," council leader
Dana Pruitt told the Riverside Courier. Residents of Harlow said they would appeal. Pruitt said the building would be
sold. The Meadow Lane library opened in 1962.`;

describe("the site's own name", () => {
  it("leaves out the publisher's self-mention", () => {
    const es = extractEntities(STORY, {
      lang: 'en',
      site: 'The Riverside Courier',
      url: 'https://www.rscourier.example/',
    });
    expect(names(es)).not.toContain('Riverside Courier');
    expect(find(es, 'Dana Pruitt')).toBeDefined();
  });

  it('leaves out a host name written as the source', () => {
    const text = `Marta Vell, who founded the Tallow bakery, told Crumbnews.net that sales doubled. Vell opened a second shop
in Leeds. Vell said Tallow would hire ten bakers.`;
    const es = extractEntities(text, { lang: 'en', url: 'https://crumbnews.net/bakery' });
    expect(names(es)).not.toContain('Crumbnews.net');
  });

  it('keeps the name on another site, in the title, or named as the setting', () => {
    const other = extractEntities(STORY, { lang: 'en', site: 'Valley Gazette' });
    expect(find(other, 'Riverside Courier')).toBeDefined();
    const titled = extractEntities(STORY, {
      lang: 'en',
      site: 'The Riverside Courier',
      title: 'Riverside Courier readers fight library closure',
    });
    expect(find(titled, 'Riverside Courier')).toBeDefined();
    const zoo = `A new tower is rising for the rhinos in Harlow Zoo. The keepers of Harlow Zoo say the tower will open in May.`;
    expect(find(extractEntities(zoo, { lang: 'en', site: 'Harlow Zoo' }), 'Harlow Zoo')).toBeDefined();
  });
});

describe("the site's name cut or with its edition", () => {
  it('leaves out the name cut of its opening word, and the name with its regional edition', () => {
    const text = `Big Sky Public Radio's Ada Lund sat down with Mayor Tom Reyes in Hamilton. Reyes said the levee would hold.
Ada Lund is Big Sky Public Radio's valley reporter. Big Sky Public Radio is funded by listeners like you.`;
    const es = extractEntities(text, { lang: 'en', site: 'Big Sky Public Radio' });
    expect(names(es).filter((n) => n.includes('Public Radio'))).toEqual([]);
    const fr = `Léa Morel – Alpes Info Pays de Savoie\nLa route de Moûtiers est coupée. Le maire de Moûtiers, Paul Gros, a demandé un pont.`;
    expect(
      find(extractEntities(fr, { lang: 'fr', site: 'Alpes Info' }), 'Alpes Info Pays de Savoie'),
    ).toBeUndefined();
  });

  it("keeps a name that only ends like the site's, written without its opening word", () => {
    const text = `A new station, Sky Public Radio, opened in Hamilton. Farmers say they like Sky Public Radio.`;
    const es = extractEntities(text, { lang: 'en', site: 'Big Sky Public Radio' });
    expect(find(es, 'Sky Public Radio')).toBeDefined();
  });
});

describe('a wire on its own site', () => {
  it('keeps the wire credited at the dateline', () => {
    const text = `LONDON (Wirex) - Copper prices fell on Tuesday. Traders told Wirex that demand from China was weak. China buys
half the world's copper, and China said imports would fall.`;
    const es = extractEntities(text, { lang: 'en', site: 'Wirex', url: 'https://www.wirex.example/markets' });
    expect(find(es, 'Wirex')).toBeDefined();
  });
});

describe("a station's name without its city", () => {
  const text = `Smoke rose over Harlow on Sunday. Several listeners contacted the Harbour FM newsroom. Fire officer Ian Ross
told Harbour FM nobody was hurt. Harbour FM will have more on this story through the morning.`;

  it('leaves out the name the station goes by on air', () => {
    const es = extractEntities(text, { lang: 'en', site: 'Leeds Harbour FM' });
    expect(names(es)).not.toContain('Harbour FM');
    expect(find(es, 'Ian Ross')).toBeDefined();
  });

  it("keeps it on another site's page", () => {
    expect(find(extractEntities(text, { lang: 'en', site: 'Valley Gazette' }), 'Harbour FM')).toBeDefined();
  });
});
