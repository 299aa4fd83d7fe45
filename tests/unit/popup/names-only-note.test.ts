/** The popup's "names only" note names the page's language in the UI's language, or says so plainly. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { languageName, namesOnlyNote, unsupportedScriptNote } from '@/components/popup/names-only-note';
import { useCatalogue } from '../support/use-catalogue';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('languageName', () => {
  it('names a language in the UI language, from its primary subtag', () => {
    expect(languageName('de', 'en')).toBe('German');
    expect(languageName('pt-BR', 'en')).toBe('Portuguese');
    expect(languageName('ZH_hant', 'fr')).toBe('chinois');
  });

  it('names no undetermined, private or malformed language', () => {
    for (const code of ['', 'und', 'zxx', 'qaa', 'x', 'not a tag', '12'])
      expect(languageName(code, 'en')).toBeNull();
  });
});

describe('namesOnlyNote', () => {
  it('says which language the page is in, in English', () => {
    useCatalogue('en');
    expect(namesOnlyNote('de')).toBe(
      'This page is in German: Liseuse lists only the names it is sure of. It reads English and French in full.',
    );
  });

  it('says it in French with the language in lower case', () => {
    useCatalogue('fr');
    expect(namesOnlyNote('ru')).toBe(
      'Cette page est en russe : Liseuse ne liste que les noms dont elle est sûre. Elle ne lit en entier que le français et l’anglais.',
    );
  });

  it('falls back to "not English or French" when the language has no name', () => {
    useCatalogue('en');
    expect(namesOnlyNote('und')).toBe(
      'This page is not in English or French: Liseuse lists only the names it is sure of.',
    );
  });
});

describe('unsupportedScriptNote', () => {
  it('says names cannot be found in the language yet, in English', () => {
    useCatalogue('en');
    expect(unsupportedScriptNote('ar')).toBe(
      'Liseuse can’t find names in Arabic text yet: it spots names by their capital letters, which this script doesn’t have.',
    );
  });

  it('says it in French', () => {
    useCatalogue('fr');
    expect(unsupportedScriptNote('zh-CN')).toBe(
      'Liseuse ne sait pas encore trouver les noms dans un texte en chinois : elle repère les noms à leur majuscule, et cette écriture n’en a pas.',
    );
  });

  it('speaks of the page’s writing when the language has no name', () => {
    useCatalogue('en');
    for (const lang of ['und', undefined])
      expect(unsupportedScriptNote(lang)).toBe(
        'Liseuse can’t find names in this page’s writing yet: it spots names by their capital letters, which this script doesn’t have.',
      );
  });
});
