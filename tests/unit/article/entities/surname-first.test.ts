import { describe, expect, it } from 'vitest';
import { surnameFirst } from '@/utils/article/entities/person-shape';
import { entitiesOf, find, names } from './helpers';

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

describe('a surname before a hyphenated given name', () => {
  it('keeps the given name whole and makes a person, even of a surname that is an English word', () => {
    const text = `The envoy met Moon Dae-sun in the morning and Kim Sol-ha at night. Later Moon Dae-sun said the
talks had gone well, and Kim Sol-ha agreed.`;
    const list = entitiesOf(text, 'en');
    expect(find(list, 'Moon Dae-sun')?.type).toBe('person');
    expect(find(list, 'Kim Sol-ha')?.type).toBe('person');
    expect(list.map((e) => e.text)).not.toContain('Kim Sol');
    const french = entitiesOf(`L'envoyé a vu Moon Dae-sun mardi. Moon Dae-sun a salué la rencontre.`, 'fr');
    expect(find(french, 'Moon Dae-sun')?.type).toBe('person');
  });

  it('still cuts a tail glued to a name that no surname opens', () => {
    const text = `The Denver-based firm grew fast. Analysts in Denver said the Denver-based firm would list soon.`;
    const names = entitiesOf(text, 'en').map((e) => e.text);
    expect(names).toContain('Denver');
    expect(names.some((n) => n.includes('-based'))).toBe(false);
  });
});

describe('« un » in an English name', () => {
  it('ends the name in English, and stays a function word in French', () => {
    const en = entitiesOf(
      'Leader Pak Song Un met officials in Pyongyang on Monday. Pak Song Un said talks would go on.',
    );
    expect(names(en)).toContain('Pak Song Un');
    const fr = entitiesOf(
      'Le ministre Paul Girardin a reçu Un groupe de maires. Paul Girardin a promis un plan.',
      'fr',
    );
    expect(names(fr)).toContain('Paul Girardin');
    expect(names(fr).some((n) => /\bUn\b/.test(n))).toBe(false);
  });
});
