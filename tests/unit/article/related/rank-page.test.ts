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
    group: -1,
    snippet: '',
    sameSection: false,
    position: 0,
    ...extra,
  };
}

describe('rankRelatedLinks on the French fixture', () => {
  const ranked = rankRelatedLinks(collectLinkCandidates(doc, DEMO_URL), article);

  it('puts the three "Les sujets liés" stories first', () => {
    expect(
      ranked
        .slice(0, 3)
        .map((story) => story.url.split('/')[3])
        .sort(),
    ).toEqual(['actu-56930', 'actu-57412', 'actu-58020']);
  });

  it('keeps a latest article on the subject and leaves out the unrelated ones', () => {
    const titles = ranked.map((story) => story.title).join('\n');
    expect(titles).toContain('Teams');
    for (const unrelated of ['Forfait mobile', 'Gemini', 'PlayStation'])
      expect(titles).not.toContain(unrelated);
  });

  it('returns page stories, best first, with rounded scores', () => {
    expect(ranked.every((story) => story.source === 'page')).toBe(true);
    const scores = ranked.map((story) => story.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((score) => Math.round(score * 1000) / 1000 === score)).toBe(true);
  });
});

describe('rankRelatedLinks on synthetic candidates', () => {
  it('lets likeness beat the block when the block says little', () => {
    const ranked = rankRelatedLinks(
      [
        candidate('Offre de forfait mobile à petit prix', 'related'),
        candidate('Midnight Blizzard vise encore Microsoft', 'latest'),
      ],
      article,
    );
    expect(ranked.map((story) => story.title)).toEqual(['Midnight Blizzard vise encore Microsoft']);
  });

  it('matches entity variants and accent-free spellings', () => {
    const ranked = rankRelatedLinks(
      [
        candidate('Les consoles de salon se vendent bien', 'related'),
        candidate('La CISA publie une nouvelle directive', 'related'),
      ],
      article,
    );
    expect(ranked.map((story) => story.title)).toEqual(['La CISA publie une nouvelle directive']);
    const folded = rankRelatedLinks(
      [candidate('Securite : la RUSSIE accusee de piratage', 'related')],
      article,
    );
    expect(folded).toHaveLength(1);
  });

  it('asks more of a latest list or a lone link than of an editor’s related block', () => {
    const weak = 'La Russie accusée de piratages à Washington'; // two minor entities, few shared words
    const byBlock = (block: LinkCandidate['block']) => rankRelatedLinks([candidate(weak, block)], article);
    expect(byBlock('related')).toHaveLength(1);
    expect(byBlock('latest')).toEqual([]);
    expect(byBlock('other')).toEqual([]);
  });

  it('asks a topic word in common of an editor’s pointer under a cue, more of a bare link or a block', () => {
    const near = 'Sécurité informatique : les conseils de l’Anssi'; // a topic word or two, no entity
    expect(rankRelatedLinks([candidate(near, 'related', { cued: true })], article)).toHaveLength(1);
    expect(rankRelatedLinks([candidate(near, 'related')], article)).toEqual([]);
    const unrelated = 'Une console de jeu portable annoncée';
    expect(rankRelatedLinks([candidate(unrelated, 'related', { cued: true })], article)).toEqual([]);
  });

  it('lists nothing rather than the site’s unrelated news', () => {
    const ranked = rankRelatedLinks(
      [
        candidate('Une console de jeu portable annoncée', 'latest'),
        candidate('Un forfait mobile pas cher', 'latest'),
        candidate('Recette du gâteau aux pommes', 'other'),
      ],
      article,
    );
    expect(ranked).toEqual([]);
  });

  it('counts the page’s own section and keeps page order among equals', () => {
    const story = 'Microsoft et la CISA face à Midnight Blizzard, épisode';
    const ranked = rankRelatedLinks(
      [
        candidate(`${story} un`, 'related', { position: 0 }),
        candidate(`${story} deux`, 'related', { position: 1 }),
        candidate(`${story} trois`, 'related', { position: 2, sameSection: true }),
      ],
      article,
    );
    expect(ranked.map((s) => s.title.split(' ').pop())).toEqual(['trois', 'un', 'deux']);
  });

  it('leaves out the article itself and keeps at most six', () => {
    const many = Array.from({ length: 14 }, (_, i) =>
      candidate(`Microsoft et Midnight Blizzard, épisode ${i} de la série sur la CISA`, 'related'),
    );
    expect(rankRelatedLinks(many, article)).toHaveLength(6);
    const self = candidate('Midnight Blizzard : la CISA impose aux agences', 'related', {
      url: `${DEMO_URL}#comments`,
    });
    expect(rankRelatedLinks([self], article)).toEqual([]);
  });

  it('does not count the article text that only repeats a link’s title', () => {
    const title = 'Le festival de jazz de Montreux dévoile sa programmation';
    const echo = { ...article, text: `${article.text} À lire aussi : ${title}. ${title}.` };
    expect(rankRelatedLinks([candidate(title, 'latest')], echo)).toEqual([]);
  });

  it('weighs down an entity most of the site’s other lists name (its usual subject)', () => {
    const council = {
      ...article,
      title: 'Harbour dredging will wait, the board decides',
      entities: [
        entity('Ruth Okafor', 10, ['Okafor'], 'person'),
        entity('Harbour Board', 6, [], 'organization'),
      ],
      text: 'Ruth Okafor told the Harbour Board that the dredging will wait. Okafor wants a new study first.',
    };
    const others = [
      'opens a bakery',
      'visits a school',
      'runs a marathon',
      'names a street',
      'meets a choir',
    ];
    const list = [
      ...others.map((what, position) => candidate(`Ruth Okafor ${what} in town`, 'latest', { position })),
      candidate('Harbour Board and Mayor Okafor argue over the dredging', 'latest', { position: 9 }),
    ];
    expect(rankRelatedLinks(list, council).map((story) => story.title)).toEqual([
      'Harbour Board and Mayor Okafor argue over the dredging',
    ]);
  });

  it('lists a story linked under two addresses once', () => {
    const title = 'Microsoft et la CISA face à Midnight Blizzard';
    const ranked = rankRelatedLinks(
      [
        candidate(title, 'related', { url: 'http://127.0.0.1:8080/actu-1/midnight?tid=top' }),
        candidate(title, 'latest', { url: 'http://127.0.0.1:8080/actu-1/midnight?tid=side', position: 1 }),
      ],
      article,
    );
    expect(ranked.map((story) => story.url)).toEqual(['http://127.0.0.1:8080/actu-1/midnight?tid=top']);
  });

  it('asks little of the other stories of an editor’s block that one clearly alike story vouches for', () => {
    const strong = candidate('Microsoft, la CISA et Midnight Blizzard : la directive', 'related', {
      group: 3,
    });
    const short = 'Washington réagit enfin'; // one place in common: below a related block's usual bar
    const alone = rankRelatedLinks([candidate(short, 'related', { group: 4 })], article);
    expect(alone).toEqual([]);
    const vouched = rankRelatedLinks(
      [strong, candidate(short, 'related', { group: 3, position: 1 })],
      article,
    );
    expect(vouched.map((story) => story.title)).toEqual([strong.title, short]);
    const unrelated = candidate('Recette du gâteau aux pommes', 'related', { group: 3, position: 2 });
    expect(rankRelatedLinks([strong, unrelated], article)).toHaveLength(1);
  });

  it('takes an editor’s pick filed in the folder of a clearly alike pick, unless the site’s lists use it too', () => {
    const filed = (title: string, folder: string, extra: Partial<LinkCandidate> = {}) =>
      candidate(title, 'related', { url: `http://127.0.0.1:8080/${folder}/${title.length}-mots`, ...extra });
    const strong = filed('Microsoft, la CISA et Midnight Blizzard : la directive', 'cyber/etat', {
      group: 3,
    });
    const pointer = filed('Recette du gâteau aux pommes du dimanche', 'cyber/etat', {
      cued: true,
      position: 1,
    });
    expect(rankRelatedLinks([strong, pointer], article).map((story) => story.title)).toEqual([
      strong.title,
      pointer.title,
    ]);
    // Another folder, or one folder level only: no sign.
    const elsewhere = filed('Recette du gâteau aux pommes du dimanche', 'cuisine/desserts', { position: 1 });
    const shallow = filed('Recette du gâteau aux pommes du dimanche', 'cyber', { position: 1 });
    const strongShallow = filed(strong.title, 'cyber', { group: 3 });
    expect(rankRelatedLinks([strong, elsewhere], article)).toHaveLength(1);
    expect(rankRelatedLinks([strongShallow, shallow], article)).toHaveLength(1);
    // A date folder or a store of all the site's stories says when or where, not what.
    for (const store of ['2023/11', 'blog/articles']) {
      const [alike, other] = [strong, pointer].map((c) => ({
        ...c,
        url: c.url.replace('cyber/etat', store),
      }));
      expect(rankRelatedLinks([alike as LinkCandidate, other as LinkCandidate], article), store).toHaveLength(
        1,
      );
    }
    // The site's most-read list files its news of the day there too: the folder says nothing of the subject.
    const popular = filed('Le match de la veille en images', 'cyber/etat', { block: 'latest', position: 2 });
    expect(rankRelatedLinks([strong, pointer, popular], article)).toHaveLength(1);
  });

  it('lets no story of a block of suggestions vouch for the others', () => {
    const strong = candidate('Microsoft, la CISA et Midnight Blizzard : la directive', 'suggested', {
      group: 3,
    });
    const short = candidate('Washington réagit enfin', 'suggested', { group: 3, position: 1 });
    expect(rankRelatedLinks([strong, short], article).map((story) => story.title)).toEqual([strong.title]);
  });

  it('counts a place alone as weak evidence', () => {
    const about = (type: 'place' | 'organization') => ({
      ...article,
      title: 'The new ferry line opens next spring',
      entities: [entity('Brackwater', 10, [], type)],
      text: 'Brackwater will get its ferry line next spring. Brackwater expects many visitors.',
    });
    const story = [candidate('Brackwater ferry wins a regional prize', 'other')];
    expect(rankRelatedLinks(story, about('place'))).toEqual([]);
    expect(rankRelatedLinks(story, about('organization'))).toHaveLength(1);
  });

  it('counts the subject place whole beside another name the headline writes, not beside a common word', () => {
    const moon = {
      ...article,
      title: 'Plumes of the moon Calyra are spewing water vapour',
      entities: [entity('Calyra', 10, [], 'place'), entity('Orbis', 4, [], 'organization')],
      text: 'Calyra spews water vapour. Calyra has an ocean. Orbis will send a probe.',
    };
    const both = candidate('Orbis names its team for Calyra', 'latest');
    expect(rankRelatedLinks([both], moon)).toHaveLength(1);
    const mail = {
      ...moon,
      entities: [entity('Calyra', 10, [], 'place'), entity('Mail', 4)],
      text: 'Calyra spews water vapour. Calyra has an ocean. The Mail will send a reporter.',
    };
    const word = candidate('Calyra names its team by mail', 'latest');
    expect(rankRelatedLinks([word], mail)).toEqual([]);
  });
});

describe('a kicker over a link’s headline', () => {
  it('counts for the likeness, though the title leaves it out', () => {
    const url = 'http://127.0.0.1:8080/actu-1000/story';
    const plain = candidate('Ce que les entreprises doivent vérifier', 'related', { url });
    const kicked = { ...plain, kicker: 'Midnight Blizzard et Microsoft' };
    expect(rankRelatedLinks([plain], article)).toEqual([]);
    expect(rankRelatedLinks([kicked], article).map((story) => story.title)).toEqual([
      'Ce que les entreprises doivent vérifier',
    ]);
  });
});
