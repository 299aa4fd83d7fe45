import { describe, expect, it } from 'vitest';
import { collectLinkCandidates, type LinkCandidate, rankRelatedLinks } from '@/utils/article/related';
import { entity, fixture } from './helpers';

const DEMO_URL = 'http://127.0.0.1:8080/fr-tech-article.html';
const doc = fixture('fr-tech-article.html');
const article = {
  url: DEMO_URL,
  title: doc.querySelector('h1')?.textContent ?? '',
  text: doc.querySelector('.entry-content')?.textContent ?? '',
  lang: 'fr',
  entities: [
    entity('Microsoft', 12),
    entity('Cybersecurity and Infrastructure Security Agency', 8, ['CISA']),
    entity('Midnight Blizzard', 8),
    entity('Washington', 4),
    entity('Russie', 3),
    entity('Cyber Safety Review Board', 3, ['CSRB']),
    entity('SolarWinds', 2),
    entity('Storm-0558', 2),
    entity('Hewlett Packard Enterprise', 2),
  ],
};

function candidate(
  title: string,
  block: LinkCandidate['block'],
  extra: Partial<LinkCandidate> = {},
): LinkCandidate {
  const slug = title.toLowerCase().replace(/\W+/g, '-');
  return {
    url: `http://127.0.0.1:8080/actu-1000/${slug}`,
    title,
    block,
    snippet: '',
    sameSection: false,
    position: 0,
    ...extra,
  };
}

describe('rankRelatedLinks on the French fixture', () => {
  const ranked = rankRelatedLinks(collectLinkCandidates(doc, DEMO_URL), article);
  const rank = (fragment: string) => ranked.findIndex((story) => story.title.includes(fragment));

  it('puts the three "Les sujets liés" stories first', () => {
    expect(
      ranked
        .slice(0, 3)
        .map((story) => story.url.split('/')[3])
        .sort(),
    ).toEqual(['actu-56930', 'actu-57412', 'actu-58020']);
  });

  it('ranks stories close to the subject above unrelated latest articles', () => {
    for (const close of ['Teams', 'Rançongiciel', 'SolarWinds']) {
      for (const unrelated of ['Forfait mobile', 'Gemini', 'PlayStation']) {
        expect(rank(close), `${close} above ${unrelated}`).toBeLessThan(rank(unrelated));
      }
    }
  });

  it('returns page stories, best first, with rounded scores', () => {
    expect(ranked.every((story) => story.source === 'page')).toBe(true);
    const scores = ranked.map((story) => story.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(ranked).toHaveLength(9);
  });
});

describe('rankRelatedLinks on synthetic candidates', () => {
  it('lets likeness beat the block prior when the block says little', () => {
    const ranked = rankRelatedLinks(
      [
        candidate('Offre de forfait mobile à petit prix', 'related'),
        candidate('Midnight Blizzard vise encore Microsoft', 'latest'),
      ],
      article,
    );
    expect(ranked[0]?.title).toBe('Midnight Blizzard vise encore Microsoft');
  });

  it('matches entity variants and accent-free spellings', () => {
    const ranked = rankRelatedLinks(
      [
        candidate('Les consoles de salon se vendent bien', 'latest'),
        candidate('La CISA publie une nouvelle directive', 'latest'),
      ],
      article,
    );
    expect(ranked[0]?.title).toBe('La CISA publie une nouvelle directive');
    const folded = rankRelatedLinks(
      [
        candidate('Nouveau smartphone pliant en test', 'latest'),
        candidate('Securite : la RUSSIE accusee', 'latest'),
      ],
      article,
    );
    expect(folded[0]?.title).toBe('Securite : la RUSSIE accusee');
  });

  it('counts the page’s own section and keeps page order among equals', () => {
    const ranked = rankRelatedLinks(
      [
        candidate('Une console de jeu portable annoncée', 'latest', { position: 0 }),
        candidate('Un forfait mobile pas cher', 'latest', { position: 1 }),
        candidate('Un nouveau téléviseur très lumineux', 'latest', { position: 2, sameSection: true }),
      ],
      article,
    );
    expect(ranked.map((story) => story.title.split(' ')[1])).toEqual(['nouveau', 'console', 'forfait']);
  });

  it('leaves out the article itself, unrelated "other" links, and keeps at most ten', () => {
    const many = Array.from({ length: 14 }, (_, i) =>
      candidate(`Microsoft et le cloud, épisode ${i} de la série`, 'latest'),
    );
    expect(rankRelatedLinks(many, article)).toHaveLength(10);
    const self = candidate('Midnight Blizzard : la CISA impose aux agences', 'related', {
      url: `${DEMO_URL}#comments`,
    });
    const stray = candidate('Recette du gâteau aux pommes', 'other');
    expect(rankRelatedLinks([self, stray], article)).toEqual([]);
  });
});
