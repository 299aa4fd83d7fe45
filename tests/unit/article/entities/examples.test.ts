import { describe, expect, it } from 'vitest';
import { isExample } from '@/utils/article/entities/examples';
import { calendarOf, stopwordsOf } from '@/utils/article/entities/lexicon';
import { readerOrder } from '@/utils/article/entities/reader-order';
import { tokenize } from '@/utils/article/entities/tokenize';
import { mentionOf, names, rankedEntity } from './helpers';

// Texts written for these tests (not taken from any corpus).

/** Whether the name `word` (its first word) of `text` is given as an example. */
function example(text: string, word: string, lang = 'en'): boolean {
  const tokens = tokenize(text, stopwordsOf(lang), calendarOf(lang));
  const from = tokens.findIndex((t) => t.text === word);
  const sentence = tokens[from]?.sentence ?? 0;
  return isExample(mentionOf(word, { from, to: from + 1, sentence }), tokens);
}

describe('a name given as an example', () => {
  it('is one listed after "including", "such as", « comme » or « notamment »', () => {
    const text = 'The broker ships goods for clients including Marvane and Home Tessel, it said.';
    expect(example(text, 'Marvane')).toBe(true);
    expect(example(text, 'Home')).toBe(true);
    expect(example('Rivals such as Arvex, Kelda or Trune cut prices.', 'Trune')).toBe(true);
    const fr = 'Des vaccins renforcés, comme l’Efluvane de Sorbel ou le Fluzen de Corvane, sont proposés.';
    expect(example(fr, 'Corvane', 'fr')).toBe(true);
    expect(example('Plusieurs banques, notamment Brellon, ont suivi.', 'Brellon', 'fr')).toBe(true);
  });

  it('is not a name the sentence tells of, a verb or a noun between it and the opener', () => {
    expect(example('Marvane, including its rail arm, posted a loss.', 'Marvane')).toBe(false);
    expect(example('Like many firms, the group said Marvane would close.', 'Marvane')).toBe(false);
    expect(example('Comme prévu, Brellon a signé avec Corvane.', 'Corvane', 'fr')).toBe(false);
  });

  it('comes after a name as salient that the article tells of for itself', () => {
    const listed = rankedEntity('Marvane', 'organization', 3, { example: true });
    const told = rankedEntity('Ostrel', 'organization', 2.5);
    expect(names(readerOrder([listed, told]))).toEqual(['Ostrel', 'Marvane']);
  });
});
