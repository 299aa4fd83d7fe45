import { describe, expect, it } from 'vitest';
import { detectLanguage, primarySubtag, resolveLanguage } from '@/utils/article/language';

const FR =
  'Le gouvernement a présenté mardi un projet de loi sur la sécurité des réseaux. Les opérateurs devront signaler les incidents dans les trois jours, et la commission pourra leur imposer des mesures. Cette réforme est attendue par les entreprises qui ont été victimes de piratages.';
const EN =
  'The council said on Tuesday that the new ferry service would start in June. It was paid for by a trust, and the harbour authority has promised to publish the number of passengers every month for the first year of the service.';

describe('language', () => {
  it('normalises tags and locales to a primary subtag', () => {
    expect(primarySubtag('fr-FR')).toBe('fr');
    expect(primarySubtag('en_GB')).toBe('en');
    expect(primarySubtag('EN')).toBe('en');
    expect(primarySubtag('und')).toBeNull();
    expect(primarySubtag('not a tag')).toBeNull();
  });

  it('detects French and English from stopwords, and CJK from scripts', () => {
    expect(detectLanguage(FR)?.lang).toBe('fr');
    expect(detectLanguage(EN)?.lang).toBe('en');
    expect(detectLanguage('東京都は火曜日、新しい図書館の開館を発表した。多くの市民が訪れた。')?.lang).toBe(
      'ja',
    );
    expect(detectLanguage('서울시는 화요일에 새로운 도서관을 열었다고 밝혔다.')?.lang).toBe('ko');
    expect(detectLanguage('北京市周二宣布新图书馆开放，许多市民前来参观。')?.lang).toBe('zh');
    expect(detectLanguage('short')).toBeNull();
  });

  it('prefers the declared language, unless the text clearly contradicts a profiled one', () => {
    expect(resolveLanguage(['fr-FR'], FR)).toBe('fr');
    expect(resolveLanguage([null, 'en'], EN)).toBe('en');
    // A template's default lang="en" on a French article.
    expect(resolveLanguage(['en'], FR)).toBe('fr');
    // A language without a profile is trusted as declared.
    expect(resolveLanguage(['ca'], FR)).toBe('ca');
  });

  it('degrades to the detected language, then to "und"', () => {
    expect(resolveLanguage([], FR)).toBe('fr');
    expect(resolveLanguage([undefined], '12 34 56')).toBe('und');
  });
});
