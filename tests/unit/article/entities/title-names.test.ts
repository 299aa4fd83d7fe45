import { describe, expect, it } from 'vitest';
import { extractEntities, rankedCandidates } from '@/utils/article/entities';
import { readerOrder } from '@/utils/article/entities/reader-order';
import { withTitleNames } from '@/utils/article/entities/title-names';

// Texts written for these tests (not taken from any corpus).

/** The list as it was built before the title's reading was shared: the title read again, alone. */
const readTwice = (text: string, lang: string, title: string) =>
  withTitleNames(
    readerOrder(rankedCandidates(text, { lang, title })).slice(0, 50),
    extractEntities(title, { lang }),
  );

describe('a short text followed by its title’s names', () => {
  const cases: Array<[string, string, string]> = [
    [
      'en',
      'There are more ways to play than ever, and more ways to pay.',
      'Ben Holt of Wichita on the many ways to play',
    ],
    [
      'fr',
      'Le club a battu son voisin samedi soir, devant une tribune pleine.',
      'Top 14 : Dax bat Agen à Dax',
    ],
    [
      'fr',
      'Le club a battu son voisin samedi soir, devant une tribune pleine.',
      'Paul Lartigue offre la victoire à Dax',
    ],
    // Not read fully: the title is read only when the text gives few names.
    ['de', 'Der Verein hat am Samstag gewonnen, vor vollen Rängen.', 'Bayern München schlägt Werder Bremen'],
  ];

  it('adds the title’s names after the text’s, as the title read alone lists them', () => {
    for (const [lang, text, title] of cases) {
      const list = extractEntities(text, { lang, title });
      expect(list, lang).toEqual(readTwice(text, lang, title));
      const own = readerOrder(rankedCandidates(text, { lang, title }));
      expect(list.length, lang).toBeGreaterThan(own.length);
    }
  });

  it('keeps a text with enough names of its own as it is', () => {
    const text = 'Ada Quill met Ben Holt in Wichita, then Sam Ortiz in Salina, and Ada Quill spoke first.';
    const options = { lang: 'en', title: 'Ada Quill on So Many Ways to Play' };
    const list = extractEntities(text, options);
    expect(list).toEqual(readerOrder(rankedCandidates(text, options)).slice(0, 50));
    expect(list.length).toBeGreaterThanOrEqual(3);
  });
});
