import { describe, expect, it } from 'vitest';
import { isCoined } from '@/utils/article/entities/coined-names';
import { calendarOf, stopwordsOf } from '@/utils/article/entities/lexicon';
import { readerOrder } from '@/utils/article/entities/reader-order';
import { tokenize } from '@/utils/article/entities/tokenize';
import { mentionOf, names, rankedEntity } from './helpers';

// Texts written for these tests (not taken from any corpus).

/** Whether the name opening with `word` (one word long) in `text` follows a naming verb. */
function coined(text: string, word: string, lang = 'en'): boolean {
  const tokens = tokenize(text, stopwordsOf(lang), calendarOf(lang));
  const from = tokens.findIndex((t) => t.text === word);
  const sentence = tokens[from]?.sentence ?? 0;
  return isCoined(mentionOf(word, { from, to: from + 1, sentence }), tokens);
}

describe('a name the article coins', () => {
  it('follows "codenamed", "dubbed" or « baptisée », quotation marks and an article allowed between', () => {
    expect(coined('The inquiry, codenamed Operation Brelle, involved three forces.', 'Operation')).toBe(true);
    expect(coined('A reform plan dubbed "Orvane" was tabled.', 'Orvane')).toBe(true);
    expect(coined('Une opération baptisée « Tessard » a permis des arrestations.', 'Tessard', 'fr')).toBe(
      true,
    );
  });

  it('is not a name after another verb, nor a nickname', () => {
    expect(coined('The inquiry, led by Brelle Police, ended.', 'Brelle')).toBe(false);
    expect(coined('Karim T., surnommé « Padrone », a été condamné.', 'Padrone', 'fr')).toBe(false);
  });
});

describe('the reader’s order of a coined name', () => {
  const places = ['Arles', 'Brest', 'Caen', 'Dole', 'Evry', 'Foix', 'Gap', 'Hyeres', 'Istres', 'Jarnac'];
  const head = places.map((p, i) =>
    rankedEntity(p, 'place', 20 - i, { first: 0.2, once: false, acting: 0, titled: false }),
  );
  const named = (coined: boolean) =>
    rankedEntity('Operation Brelle', 'other', 2, { first: 0.6, once: true, coined });

  it('brings it into the first ten in place of a place named in passing', () => {
    const top = names(readerOrder([...head, named(true)])).slice(0, 10);
    expect(top).toContain('Operation Brelle');
    expect(top).not.toContain('Jarnac');
  });

  it('brings in as far a body the text names again by its head noun twice', () => {
    const body = (anaphors: number) =>
      rankedEntity('Security Board', 'organization', 2, { first: 0.1, once: true, anaphors });
    expect(names(readerOrder([...head, body(2)])).slice(0, 10)).toContain('Security Board');
    expect(names(readerOrder([...head, body(1)])).slice(0, 10)).not.toContain('Security Board');
  });

  it('leaves a name not coined after the first ten', () => {
    expect(names(readerOrder([...head, named(false)])).slice(0, 10)).not.toContain('Operation Brelle');
  });
});
