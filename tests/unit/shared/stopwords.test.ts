import { describe, expect, it } from 'vitest';
import { DETECTION_PROFILES, isIndexStopword, stopwordsFor } from '@/utils/shared/stopwords';

describe('stopwords, one list per language', () => {
  it('gives each language detection profile its own distinctive words', () => {
    expect([...DETECTION_PROFILES.keys()].sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt']);
    expect(DETECTION_PROFILES.get('fr')?.has('été')).toBe(true);
    expect(DETECTION_PROFILES.get('de')?.has('über')).toBe(true);
  });

  it('leaves French and English function words out of the search index, and keeps dates in it', () => {
    for (const word of ['le', 'ete', 'the', 'which', 'etre']) expect(isIndexStopword(word)).toBe(true);
    for (const word of ['avant', 'may', 'janvier', 'microsoft']) expect(isIndexStopword(word)).toBe(false);
  });

  it('builds topic stopwords by language, folded, with English for non-English pages', () => {
    expect(stopwordsFor('fr-FR').has('deja')).toBe(true);
    expect(stopwordsFor('fr').has('the')).toBe(true);
    expect(stopwordsFor('en').has('car')).toBe(false);
    expect(stopwordsFor('de').has('uber')).toBe(true);
    expect(stopwordsFor('de').has('said')).toBe(true);
    expect(stopwordsFor('xx').has('dans')).toBe(true);
    // Polish has its own list: "się", "który" carry no topic.
    expect(stopwordsFor('pl').has('sie')).toBe(true);
    expect(stopwordsFor('pl').has('ktory')).toBe(true);
  });

  it('leaves out the articles and prepositions Spanish, Italian and Portuguese share with French', () => {
    for (const lang of ['es-MX', 'it', 'pt-BR']) expect(stopwordsFor(lang).has('a'), lang).toBe(true);
    expect(stopwordsFor('es').has('la')).toBe(true);
    expect(stopwordsFor('es').has('de')).toBe(true);
    expect(stopwordsFor('it').has('in')).toBe(true);
    expect(stopwordsFor('pt').has('uma')).toBe(true);
    // Words that carry a topic stay: "consola", "console", "consolo".
    expect(stopwordsFor('es').has('consola')).toBe(false);
  });
});
