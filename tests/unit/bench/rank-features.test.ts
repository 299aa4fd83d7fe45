import { describe, expect, it } from 'vitest';
import { type RankFeatures, rankFeatures, rankPage } from '@/tests/bench/rank-features';
import { rankedCandidates } from '@/utils/article/entities';
import { readerOrder } from '@/utils/article/entities/reader-order';
import { rankedEntity } from '../article/entities/helpers';

// Texts written for these tests (not taken from any corpus).
const TITLE = 'Norvik Bank fined by the Financial Conduct Authority';
const STORY = `Norvik Bank was fined on Tuesday after the Financial Conduct Authority found that Norvik Bank had
misled savers. The bank opened a branch in Leeds last year. "We accept the finding," said Maria Delcourt, the
bank's chief executive. Norvik Bank will repay its customers by June, the Financial Conduct Authority said.`;

/** Each candidate's features by name, as the ranking benchmarks read them. */
function featuresOf(text: string, title?: string): Map<string, RankFeatures> {
  const ranked = rankedCandidates(text, { lang: 'en', title });
  const order = readerOrder(ranked);
  const page = rankPage(ranked, { text, title, lang: 'en' });
  return new Map(ranked.map((r) => [r.entity.text, rankFeatures(r, order.indexOf(r.entity), page)] as const));
}

describe('rank features of a story', () => {
  const features = featuresOf(STORY, TITLE);
  const bank = features.get('Norvik Bank');
  const leeds = features.get('Leeds');
  const chief = features.get('Maria Delcourt');

  it('read the subject of the headline and of the lead as such', () => {
    expect(bank).toMatchObject({ titled: 1, titleFirst: 1, lead: 1, position: 0, share: 1, once: 0 });
    // The regulator is in the headline too, after the bank: not the headline's subject.
    expect(features.get('Financial Conduct Authority')).toMatchObject({ titled: 1, titleFirst: 0, body: 1 });
  });

  it('read a place named in passing as one', () => {
    expect(leeds).toMatchObject({ place: 1, once: 1, titled: 0, lead: 0, acting: 0 });
    expect(leeds?.position).toBeGreaterThan(bank?.position ?? 1);
  });

  it('read a quoted head of the side as one', () => {
    expect(chief).toMatchObject({ person: 1, quoted: 1, chief: 1 });
  });
});

describe('rank features read from the list', () => {
  const list = [
    rankedEntity('Airbus Helicopters', 'organization', 8, { titled: true }),
    rankedEntity('Airbus', 'organization', 4),
    rankedEntity('NATO', 'organization', 2),
  ];
  const page = rankPage(list);
  const [helicopters, airbus, nato] = list.map((r, at) => rankFeatures(r, at, page));

  it('mark a short form listed beside its full name', () => {
    expect(airbus?.shortForm).toBe(1);
    expect(helicopters?.shortForm).toBe(0);
  });

  it('weigh salience against the page’s highest and place by the hand order', () => {
    expect(helicopters).toMatchObject({ share: 1, position: 0, multiword: 1 });
    expect(airbus).toMatchObject({ share: 0.5, position: 0.1, multiword: 0 });
  });

  it('mark an acronym', () => {
    expect(nato?.acronym).toBe(1);
    expect(airbus?.acronym).toBe(0);
  });
});
