import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a possessive inside a name', () => {
  it('keeps a plural owner before the head of a body', () => {
    const text = `Members of the Nurses and Midwives' Association went on strike.
Doctors in the Rural Medical Officers' Federation backed them on Monday.`;
    const shown = names(entitiesOf(text));
    expect(shown).toContain("Nurses and Midwives' Association");
    expect(shown).toContain("Rural Medical Officers' Federation");
  });

  it('keeps a plural owner before a group, a scheme or a head one or two words on', () => {
    const text = `Members of the Harrowby Vale Residents' Group walked the valley on Saturday. The Harrowby Vale
Residents' Group says the plan is wrong. Payments from the Teachers' Pension Scheme rose, and
the Parents' Association wrote to the school.`;
    const es = entitiesOf(text);
    const shown = names(es);
    expect(find(es, "Harrowby Vale Residents' Group")?.count).toBe(2);
    expect(shown).toContain("Teachers' Pension Scheme");
    expect(shown).toContain("Parents' Association");
    expect(shown).not.toContain('Harrowby Vale Residents');
  });

  it('leaves a place owning a body apart from it', () => {
    const text = `Officials said Texas' State Water Council would meet in May.`;
    expect(names(entitiesOf(text))).not.toContain("Texas' State Water Council");
  });

  it('keeps a saint’s name before what it names', () => {
    const text = `Fans walked to St Oswin's Park after lunch. Two were treated at St. Elwyn’s Hospital on Sunday.`;
    const shown = names(entitiesOf(text));
    expect(shown).toContain("St Oswin's Park");
    expect(shown).toContain('St. Elwyn’s Hospital');
  });

  it('still ends a name before what its owner has', () => {
    const text = `The Marlowes' Estate was sold. Kellbrook's Vireo phone sold well, and Kellbrook's Union plan failed.`;
    const shown = names(entitiesOf(text));
    expect(shown).not.toContain("Marlowes' Estate");
    expect(shown.some((n) => n.includes('Vireo') && n.includes('Kellbrook'))).toBe(false);
    expect(shown.some((n) => n.includes('Union'))).toBe(false);
  });

  it('keeps an owner and one word written together twice, and never apart, as one name', () => {
    const text = `Meera Rao has danced at Pellham's Yard and the Orlin Center. She asked for no Pellham's Yard price.
Digs near Corvan's Dyke found bones. A fort south of Corvan's Dyke was older.`;
    const shown = names(entitiesOf(text));
    expect(shown).toContain("Pellham's Yard");
    expect(shown).toContain("Corvan's Dyke");
    expect(shown).not.toContain('Pellham');
  });

  it('leaves an owner written alone elsewhere apart from its thing', () => {
    const text = `Trask's Vireo phone sold well. Trask's Vireo is cheap. Trask said so on Monday.`;
    expect(names(entitiesOf(text)).some((n) => n.includes("Trask's"))).toBe(false);
  });

  it('leaves a person owning a work apart from it', () => {
    const text = `Readers loved Maria Pellow's Ducks. Maria Pellow's Ducks sold well in Leeds.`;
    expect(names(entitiesOf(text)).some((n) => n.includes("Pellow's"))).toBe(false);
  });

  it('takes an apostrophe before a lower-case word for a closing quote or an owner, never a name’s', () => {
    const text = `He called the Harriers' defense 'the best in years' and the Harriers agreed.`;
    expect(names(entitiesOf(text)).some((n) => n.includes("'"))).toBe(false);
  });
});

describe('an English possessive inside a sentence', () => {
  it('makes a name of a word written twice', () => {
    const text = `Two drugs are sold today — Velmar’s Ostrin is one of them. Velmar has plans for a pill too.`;
    expect(names(entitiesOf(text))).toContain('Velmar');
  });

  it('is not enough for a word written once (a scanning slip)', () => {
    const text = `The mill was closed in May, and the Qtrevlm's mill was sold at auction that summer.`;
    expect(names(entitiesOf(text))).not.toContain('Qtrevlm');
  });
});

describe('an officer’s possessive before the office', () => {
  it('keeps the office of an attorney or a sheriff in one name', () => {
    const attorney = `The Dunmore County District Attorney's Office declined to comment.`;
    expect(names(entitiesOf(attorney))).toContain("Dunmore County District Attorney's Office");
    const sheriff = `The Harlan County Sheriff’s Department said deputies were called at noon.`;
    expect(names(entitiesOf(sheriff))).toContain('Harlan County Sheriff’s Department');
  });

  it('ends a person’s name before the office', () => {
    const text = `Mayor Ellen Park's office said nothing.`;
    expect(names(entitiesOf(text)).some((n) => n.includes('office'))).toBe(false);
  });
});

describe("a saint's possessive before no name", () => {
  it('names the church or the school with its "\'s" ("St Wendreda\'s", "at St Wendreda\'s until")', () => {
    const es = entitiesOf(`St Wendreda's in Lower Fenby has a round tower. The vicar will hold a service
      at St Wendreda's until the diocese decides, and the Friends of St Wendreda's Trust will raise money.`);
    const church = find(es, "St Wendreda's");
    expect(church?.count).toBe(2);
    expect(names(es)).not.toContain('St Wendreda');
    expect(names(es)).toContain("Friends of St Wendreda's Trust");
  });

  it('keeps a name going on after it ("St Swithin\'s Day")', () => {
    const shown = names(entitiesOf("St Swithin's Day was wet. Nurses at St Ethel's Hospital marched."));
    expect(shown).toContain("St Swithin's Day");
    expect(shown).toContain("St Ethel's Hospital");
  });
});

describe('a title made of "The", an owner and a noun', () => {
  it('is one name when written more than once ("The Lockkeeper\'s Wife")', () => {
    const es = entitiesOf(`Halfway through The Lockkeeper's Wife, the lights dim. The Lockkeeper's Wife is a
      co-production with Harbour Theatre. The Lockkeeper's Wife runs at the Old Vic until May.`);
    const shown = names(es);
    expect(shown).toContain("The Lockkeeper's Wife");
    expect(shown).not.toContain('Wife');
  });

  it('leaves an owner before a noun apart when written once ("The Mayor\'s Office", "Microsoft\'s Azure")', () => {
    const shown = names(
      entitiesOf("Microsoft's Azure grew, and Microsoft's Azure shrank, said The Mayor's Board."),
    );
    expect(shown).toContain('Microsoft');
    expect(shown).not.toContain("Microsoft's Azure");
  });
});

// Texts written for these tests (not taken from any corpus).
describe('a landmark named for an owner', () => {
  it('is one place even written once', () => {
    const text = `Walkers crossed Corwen's Bridge at dawn. Later they followed Aldred's Dyke to the coast,
where Tamsin's Point looks over the sea.`;
    const es = entitiesOf(text);
    expect(find(es, "Corwen's Bridge")?.type).toBe('place');
    expect(find(es, "Aldred's Dyke")?.type).toBe('place');
    expect(find(es, "Tamsin's Point")?.type).toBe('place');
  });

  it('leaves a known name’s, a person’s or a longer name’s head apart', () => {
    const text = `Britain's Way was lost. He wants Marcus Hale's Wall built. Kellbrook's Gate Pass sold well.`;
    const shown = names(entitiesOf(text));
    expect(shown).not.toContain("Britain's Way");
    expect(shown).not.toContain("Marcus Hale's Wall");
    expect(shown).not.toContain("Kellbrook's Gate");
  });
});

describe('a landmark’s head before a number', () => {
  it('names a work, not a place', () => {
    const shown = names(entitiesOf(`The drive held Corwen's Gate 3 and two other games.`));
    expect(shown).not.toContain("Corwen's Gate");
  });
});
