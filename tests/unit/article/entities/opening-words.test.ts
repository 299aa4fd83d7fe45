import { describe, expect, it } from 'vitest';
import { midSentenceCapitals } from '@/utils/article/entities/evidence';
import { calendarOf, stopwordsOf } from '@/utils/article/entities/lexicon';
import { opensEveryMention } from '@/utils/article/entities/opening-words';
import { tokenize } from '@/utils/article/entities/tokenize';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a sentence opener before every mention of a name', () => {
  it('belongs to the name, a furniture label or a word written in lower case too', () => {
    const text = `Live Theatre Guild welcomed the review on Tuesday. The group has asked for years.
Live Theatre Guild chief Norma Pellow said the sector was hurting. Fans love live shows.
Bright Harbour Trust opened a new hall. It cost a lot. Bright Harbour Trust plans another.`;
    const es = entitiesOf(text);
    expect(find(es, 'Live Theatre Guild')?.count).toBe(2);
    expect(find(es, 'Bright Harbour Trust')?.count).toBe(2);
    expect(names(es)).not.toContain('Theatre Guild');
    expect(names(es)).not.toContain('Harbour Trust');
  });

  it('stays apart when the name is written without it too', () => {
    const text = `Brave Scotland were beaten by Wales on Saturday. The side had hoped for more.
Brave Scotland fought on. Scotland coach Iain Brodie said the team was hurting.
Live Theatre Guild met on Monday. Later Theatre Guild members voted. Theatre Guild chiefs agreed.`;
    const shown = names(entitiesOf(text));
    expect(shown).toContain('Theatre Guild');
    expect(shown).not.toContain('Live Theatre Guild');
  });

  it('leaves titles, adverbs and words before a given name out', () => {
    const text = `President Okafor spoke on Monday. It rained. President Okafor left.
Meanwhile Orbital Freight said it would appeal. It lost. Meanwhile Orbital Freight cut jobs.
Watch Joe Dalby sing. It was late. Watch Joe Dalby dance.
Former Leeds players met. Former Leeds staff joined them in the hall.`;
    const shown = names(entitiesOf(text));
    expect(shown).not.toContain('President Okafor');
    expect(shown).not.toContain('Meanwhile Orbital Freight');
    expect(shown).not.toContain('Watch Joe Dalby');
    expect(shown).not.toContain('Former Leeds');
  });
});

describe('an unknown given name opening every sentence its person is named in', () => {
  it("stays with the surname though it ends like a verb's -ing, before an auxiliary and on a credit line", () => {
    const text = `Maisling Tiernan left Carna at 17 to train in Montreal. She returns this month.
Maisling Tiernan has fallen from a height of nine metres once. The net caught her.
Somebody in row J has saved all year for that ticket.
Maisling Tiernan
And the fall in 2021? It was a grip that failed.`;
    const es = entitiesOf(text);
    expect(find(es, 'Maisling Tiernan')?.count).toBe(3);
    expect(names(es)).not.toContain('Tiernan');
  });
});

describe('a line’s imperative before a name', () => {
  it('stays apart from it when a function word follows one mention', () => {
    const text = `Fares fell this year. Follow Kestrel Air today for deals. Seats are cheap.
Follow Kestrel Air on the app for news.`;
    const shown = names(entitiesOf(text));
    expect(shown).toContain('Kestrel Air');
    expect(shown).not.toContain('Follow Kestrel Air');
  });
});

describe('opensEveryMention', () => {
  const opens = (text: string, words: number): boolean => {
    const tokens = tokenize(text, stopwordsOf('en'), calendarOf('en'));
    return opensEveryMention(tokens, 0, words, midSentenceCapitals(tokens), 'en');
  };

  it('gives the opener to a name, not to a generic word alone after it', () => {
    expect(opens(`Live Theatre Guild met. It rained.\nLive Theatre Guild chief Ana Brel spoke.`, 3)).toBe(
      true,
    );
    expect(opens(`Add Women's doubles, first round\nAdd Women's doubles, second round`, 2)).toBe(false);
  });
});
