import { describe, expect, it } from 'vitest';
import { keywordsOf, type LibraryCandidate, rankLibraryMatches } from '@/utils/article/related';
import { entity } from './helpers';

const article = {
  url: 'https://www.octet.fr/actu-58214/midnight-blizzard-cisa?utm_source=rss',
  title: 'Midnight Blizzard : la CISA impose aux agences de vérifier leurs échanges avec Microsoft',
  text: `La CISA exige que les agences fédérales analysent leurs courriels échangés avec Microsoft. Les pirates de
    Midnight Blizzard ont volé des courriels et des identifiants. Les agences doivent réinitialiser les identifiants
    exposés. Microsoft renforce la sécurité de sa messagerie et de ses comptes de test.`,
  lang: 'fr',
  entities: [
    entity('Microsoft', 10),
    entity('Midnight Blizzard', 6),
    entity('CISA', 5, ['Cybersecurity and Infrastructure Security Agency']),
  ],
};

const saved = (
  id: string,
  title: string,
  entities: string[],
  keywords: string[],
  url?: string,
): LibraryCandidate => ({
  id,
  title,
  url: url ?? `https://site.example/${id}`,
  entities,
  keywords,
});

describe('keywordsOf', () => {
  it('gives the most frequent topic words, stopwords and numbers left out, accents folded', () => {
    const words = keywordsOf(article.text, 'fr', 5);
    expect(words).toHaveLength(5);
    expect(words.slice(0, 4)).toEqual(['agences', 'courriels', 'microsoft', 'identifiants']);
    expect(keywordsOf('Les États-Unis et les états du monde, 2024, 2025.', 'fr', 3)).toEqual([
      'etats',
      'unis',
      'monde',
    ]);
  });

  it('uses the stopwords of the language, and both lists when it is unknown', () => {
    expect(keywordsOf('The car and the car park', 'en', 2)).toEqual(['car', 'park']);
    expect(keywordsOf('Le car et le bus', 'fr', 2)).toEqual(['bus']);
    expect(keywordsOf('', 'fr', 5)).toEqual([]);
  });

  it('splits Chinese and Japanese runs into character bigrams', () => {
    expect(keywordsOf('微软云安全', 'zh', 2)).toEqual(['微软', '软云']);
  });
});

describe('rankLibraryMatches', () => {
  const library = [
    saved(
      'a',
      'Microsoft : des pirates russes dans la messagerie des dirigeants',
      ['Microsoft', 'Russie'],
      ['pirates', 'messagerie'],
    ),
    saved('b', 'Recette : la tarte aux pommes de grand-mère', ['Normandie'], ['tarte', 'pommes', 'four']),
    saved(
      'c',
      'Ce que dit la directive de l’agence américaine',
      ['Cybersecurity and Infrastructure Security Agency'],
      ['agences', 'identifiants', 'courriels'],
    ),
    saved(
      'self',
      'Midnight Blizzard et la CISA',
      ['Microsoft', 'Midnight Blizzard'],
      ['agences'],
      'https://octet.fr/actu-58214/midnight-blizzard-cisa#top',
    ),
    saved('d', 'Les agences de voyage rouvrent', [], ['voyage', 'agences']),
  ];

  it('ranks saved articles that share entities and keywords, the article itself and weak matches left out', () => {
    const ranked = rankLibraryMatches(article, library, 10);
    expect(ranked.map((story) => story.articleId)).toEqual(['c', 'a']);
    expect(ranked.every((story) => story.source === 'library' && story.score > 0)).toBe(true);
    expect(ranked[0]).toMatchObject({ url: 'https://site.example/c', title: library[2]?.title });
  });

  it('respects the limit and an empty library', () => {
    expect(rankLibraryMatches(article, library, 1)).toHaveLength(1);
    expect(rankLibraryMatches(article, [], 5)).toEqual([]);
  });

  it('stays useful without entities, on keywords computed by keywordsOf', () => {
    const bare = { ...article, entities: [] };
    const close = saved('k', 'Identifiants volés', [], keywordsOf(article.text, 'fr', 10));
    const far = saved('f', 'Le tour de France', [], ['velo', 'etape', 'maillot']);
    expect(rankLibraryMatches(bare, [far, close], 5).map((story) => story.articleId)).toEqual(['k']);
  });
});
