import { describe, expect, it } from 'vitest';
import { endsLikeThing } from '@/utils/article/entities/gazetteer/thing-words';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus). Each pair: what the rule takes from the people, what it
// leaves them.
const typeOf = (text: string, name: string, lang = 'en'): string | undefined =>
  find(entitiesOf(text, lang), name)?.type;

describe('a name closed by a setting, device, nutrient or role word', () => {
  it('is no person, though its last word is reused alone', () => {
    const text = `To start, open Harbor Desktop and sign in. Harbor Desktop shows each container.
      Below, Desktop lists the images it keeps.`;
    expect(typeOf(text, 'Harbor Desktop')).not.toBe('person');
  });

  it('is no person after a title either', () => {
    const text = `She joined as chief Growth Officer in May. As chief Growth Officer, she hired nine people.`;
    expect(typeOf(text, 'Growth Officer')).not.toBe('person');
  });

  it('nor when a noun ending says a thing ("Border Protection announced")', () => {
    const text = `Riverland Border Protection announced new rules on Monday. Travellers queued for hours.`;
    expect(typeOf(text, 'Riverland Border Protection')).not.toBe('person');
  });

  it('leaves a full name reused by its surname a person', () => {
    const text = `On Monday, Talvo Okereke opened the meeting. Later, Okereke checked the budget.`;
    expect(typeOf(text, 'Talvo Okereke')).toBe('person');
  });
});

describe('a last word alone before the full name', () => {
  it('is the name of a thing, not a surname reused ("Rust" … "Rust Belt Rust")', () => {
    const text = `Quillo has grown fast. Teams that adopted Quillo say it is simple. Many spoke at Plain Quillo last
      week. Quillo gained users.`;
    expect(typeOf(text, 'Plain Quillo')).not.toBe('person');
  });

  it('stays a surname when it follows the full name', () => {
    const text = `Many spoke at the meetup. Marek Quillo opened it. Later, Quillo thanked the hosts.`;
    expect(typeOf(text, 'Marek Quillo')).toBe('person');
  });
});

describe('a full name after an article', () => {
  it('is no person, though "who" follows it', () => {
    const text = `The tale is told by a Cloud Warden, who guards the old gate at night.`;
    expect(typeOf(text, 'Cloud Warden')).not.toBe('person');
  });

  it('leaves a full name without one a person', () => {
    const text = `The tale is told by Idris Varga, who guards the old gate at night.`;
    expect(typeOf(text, 'Idris Varga')).toBe('person');
  });
});

describe('", which" after a name', () => {
  it('says a thing, as "who" says a person', () => {
    const text = `The singer left Copper Lantern, which denied the claims. Copper Lantern said it had paid her.`;
    expect(typeOf(text, 'Copper Lantern')).not.toBe('person');
  });

  it('leaves a person after a title, where "which" takes the words before', () => {
    const text = `It came at the request of President Okonjo, which surprised nobody. President Okonjo said so.`;
    expect(typeOf(text, 'Okonjo')).toBe('person');
  });
});

describe('a name written as an acronym and words, or as places', () => {
  it('is no person after capitals and two words', () => {
    const text = `In the menu, GX Sound Trax will play in every mode, and GX Sound Trax said nothing of it.`;
    expect(typeOf(text, 'GX Sound Trax')).not.toBe('person');
  });

  it('leaves initials written as capitals before a surname a person', () => {
    const text = `JT Marlow said the team would win. JT Marlow scored twice.`;
    expect(typeOf(text, 'JT Marlow')).toBe('person');
  });

  it('is no person when a town and a direction name a seat', () => {
    const text = `Aled Price, the MP for Leeds Central, who spoke first, said the MP for Leeds Central had to vote.`;
    expect(typeOf(text, 'Leeds Central')).not.toBe('person');
  });
});

describe('a player position or a photo credit before a name', () => {
  it('says person', () => {
    expect(typeOf(`Denver center Talvin Roque left the game in the third quarter.`, 'Talvin Roque')).toBe(
      'person',
    );
    expect(
      typeOf(`Rain fell on the mine. (Getty / Ardo Kessimian) Coal prices rose.`, 'Ardo Kessimian'),
    ).toBe('person');
  });
});

describe('a name listed next to a person', () => {
  it('is no person when the person owns the next item', () => {
    const text = `Launches by Harbor Origin and Dana Whitlock’s Skyport slipped. Dana Whitlock said Skyport would fly.`;
    expect(typeOf(text, 'Harbor Origin')).not.toBe('person');
  });

  it('stays a person in a plain list', () => {
    const text = `Launches by Torvin Aske and Dana Whitlock slipped. Dana Whitlock said they would fly.`;
    expect(typeOf(text, 'Torvin Aske')).toBe('person');
  });
});

describe('a nutrient after "from"', () => {
  it('is no place either', () => {
    const text = `Calories 210. Calories from Fat 90. Saturated Fat 4 g. Most calories come from Fat, not sugar.`;
    expect(typeOf(text, 'Fat')).not.toBe('place');
    expect(typeOf(text, 'Saturated Fat')).not.toBe('person');
  });
});

describe('a name opened by a verb form the text writes in lower case', () => {
  it('is a phrase caught with a name, no person', () => {
    const text = `They kept walking all night. Later, Walking Toma home, Jas sang. Jas and Toma laughed, and Toma waved.`;
    expect(typeOf(text, 'Walking Toma')).not.toBe('person');
  });

  it('leaves a given name shaped like one a person ("Sterling")', () => {
    const text = `The fund is run by Sterling Okafor, who said rates would rise. Later, Okafor left.`;
    expect(typeOf(text, 'Sterling Okafor')).toBe('person');
  });
});

describe('a French possessive before a name', () => {
  it('owns a thing, no person (« sa Lumio Verde »)', () => {
    const text = `Orvane a décliné sa Lumio Verde cet automne. Plus chère que la Lumio Verde, la rivale brille.`;
    expect(typeOf(text, 'Lumio Verde', 'fr')).not.toBe('person');
  });

  it('leaves a given name and a surname a person', () => {
    const text = `Elle a retrouvé sa Marie Dufresnoy. Marie Dufresnoy a souri.`;
    expect(typeOf(text, 'Marie Dufresnoy', 'fr')).toBe('person');
  });
});

describe('a sentence opened by the name and ", which"', () => {
  it('says a thing, though a given name opens the full name', () => {
    const text = `The group speaks for John Tarrow and other makers. Tarrow, which builds tractors, declined to
      comment. Regulators sued Tarrow in May.`;
    expect(typeOf(text, 'John Tarrow')).not.toBe('person');
  });

  it('leaves a person whose goal ", which" follows inside a sentence', () => {
    const text = `A shot by John Tarrow, which deflected in, won it. John Tarrow said he was happy.`;
    expect(typeOf(text, 'John Tarrow')).toBe('person');
  });
});

describe('endsLikeThing', () => {
  // The endings' pattern, which `endsLikeThing` runs only on words that have one of its endings.
  const PATTERN = /(?:\p{L}{3}(?:tions?|sions?|ology|ships?|ware|ities|ators?)|\p{L}{4}ments?)$/u;

  it('answers as the endings’ pattern does', () => {
    const words = ['protection', 'technology', 'ownership', 'generators', 'engagement', 'clement', 'nation'];
    const others = [
      'software',
      'abilities',
      'dictionnaire',
      'macron',
      'ships',
      'cement',
      'émissions',
      '3-tion',
    ];
    for (const w of [...words, ...others]) expect(endsLikeThing(w)).toBe(PATTERN.test(w));
    expect(words.map(endsLikeThing)).toEqual([true, true, true, true, true, false, false]);
  });
});

describe('a name opened by an English participle that doubles its consonant', () => {
  it('is no person’s, though it "reported"', () => {
    const es = entitiesOf(
      'The band will tour with Michael McDonald. Rolling Beacon reported the dates on Monday.',
    );
    expect(find(es, 'Rolling Beacon')?.type).not.toBe('person');
  });

  it('leaves romanised given names ending in "ing" to people', () => {
    const es = entitiesOf(
      'The chemist Xiaoming Lu said on Monday that the results held, and Lu thanked her team.',
    );
    expect(find(es, 'Xiaoming Lu')?.type).toBe('person');
  });
});
