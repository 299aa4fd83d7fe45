import { describe, expect, it } from 'vitest';
import { surnameFirst } from '@/utils/article/entities/person-shape';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string): string | undefined => find(entitiesOf(text, 'en'), name)?.type;

describe('a common East Asian surname written first', () => {
  it('makes a person of a Chinese, Korean or Vietnamese name with no other cue', () => {
    const text = `The ferry reached Dunmore at dawn. Zhou Minghao and Tran Van Lohr stood on the deck with Yoon Sarim,
while Deng Xiaolu counted the crates. At noon Zhou Minghao, Tran Van Lohr, Yoon Sarim and Deng Xiaolu left for
the hills.`;
    for (const name of ['Zhou Minghao', 'Tran Van Lohr', 'Yoon Sarim', 'Deng Xiaolu'])
      expect(typeOf(text, name)).toBe('person');
  });

  it('leaves places, bodies and other kinds of names alone', () => {
    expect(surnameFirst('lee county')).toBe(false);
    expect(surnameFirst('tang dynasty river')).toBe(false);
    expect(surnameFirst('wang university')).toBe(false);
    expect(surnameFirst('lin of taipei')).toBe(false);
    expect(surnameFirst('kim il sung square')).toBe(false);
    expect(surnameFirst('zhou minghao')).toBe(true);
    expect(surnameFirst('nguyen van lohr')).toBe(true);
  });

  it('does not read an English word that is also a surname as one', () => {
    // "Park", "Song", "Sun", "He" are left out of the list: these stay what other evidence says.
    expect(surnameFirst('park lane')).toBe(false);
    expect(surnameFirst('song contest')).toBe(false);
    expect(surnameFirst('he yafei')).toBe(false);
    const text = `Traffic was slow on Park Lane all week. Park Lane will close for repairs next month.`;
    expect(typeOf(text, 'Park Lane')).not.toBe('person');
  });
});
