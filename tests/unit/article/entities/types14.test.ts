import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('types and names of round 14', () => {
  it('types an Irish or Welsh place word and a name a place ("Inis Oírr", "Ynys Enlli")', () => {
    const es = entitiesOf(
      'The poet Maeve Dunleavy moved back to Inis Oírr last spring. Ferries to Ynys Enlli were cancelled on Friday.',
    );
    expect(find(es, 'Inis Oírr')?.type).toBe('place');
    expect(find(es, 'Ynys Enlli')?.type).toBe('place');
    expect(find(es, 'Maeve Dunleavy')?.type).toBe('person');
  });

  it('types a venue closed by "Stadium", "Arena" or "Oval" a place, a person named Park still a person', () => {
    const es = entitiesOf(
      'The final is at Harbourview Stadium on Sunday. Fans queued outside Kelsall Arena. Rain stopped play at the Tarrant Oval, said coach Jin Park.',
    );
    expect(find(es, 'Harbourview Stadium')?.type).toBe('place');
    expect(find(es, 'Kelsall Arena')?.type).toBe('place');
    expect(find(es, 'Jin Park')?.type).toBe('person');
  });

  it('drops an Irish head of government\'s title from the name ("Taoiseach Niamh Breen")', () => {
    const es = entitiesOf(
      'Taoiseach Niamh Breen urged people to stay at home. Tánaiste Colm Daly said the army was ready. Breen spoke in Cork.',
    );
    expect(names(es)).toContain('Niamh Breen');
    expect(names(es)).not.toContain('Taoiseach Niamh Breen');
    expect(names(es)).toContain('Colm Daly');
  });

  it('types a storm an event, not a person ("Typhoon Koru", « la tempête Aurore »)', () => {
    const en = entitiesOf(
      'Typhoon Koru made landfall near Dalvin on Sunday. Koru has weakened slightly, forecasters said. Residents remember Hurricane Selma.',
    );
    expect(find(en, 'Typhoon Koru')?.type).toBe('other');
    expect(find(en, 'Hurricane Selma')?.type ?? 'other').toBe('other');
    const fr = entitiesOf(
      'La tempête Aurore a touché la Bretagne dans la nuit. Aurore a privé 40 000 foyers d’électricité, selon Enedis.',
      'fr',
    );
    expect(find(fr, 'Aurore')?.type ?? 'other').toBe('other');
  });

  it('keeps the verb "storm" from typing what follows ("threatened to storm Cardiff")', () => {
    const es = entitiesOf(
      'Protesters threatened to storm Cardiff on Sunday. Police in Cardiff closed roads.',
    );
    expect(find(es, 'Cardiff')?.type).toBe('place');
  });

  it('types a title read with a work\'s kind no person ("the Moon Harbour films"), a director still a person', () => {
    const es = entitiesOf(
      'The fourth Moon Harbour film is in talks. The last Moon Harbour film made $80 million. A Moon Harbour spin-off is planned. Kate Levin, who wrote the Moon Harbour series, said she was thrilled.',
    );
    expect(find(es, 'Moon Harbour')?.type).not.toBe('person');
    expect(find(es, 'Kate Levin')?.type).toBe('person');
    const director = entitiesOf(
      'It is a Greta Halvorsen film through and through. Greta Halvorsen said so herself.',
    );
    expect(find(director, 'Greta Halvorsen')?.type).toBe('person');
  });

  it('keeps once-named words listed three or more with a closing "and" ("Clonbur, Leenane and Maam")', () => {
    const es = entitiesOf(
      'Power is out in several villages. The worst-hit areas are Clonbur, Leenane, Maam and Recess, the company said.',
    );
    for (const n of ['Clonbur', 'Leenane', 'Maam']) expect(names(es)).toContain(n);
  });

  it('keeps no list of partners after "firm of", nor of a quoted phrase or a body\'s remit', () => {
    const es = entitiesOf(
      'The suit was filed by the law firm of Pollard, Quist, Rendle and Hobb. Tribes may give “Open, Early and Shared Consent” to any mine. The Ohio Division of Parks, Trails and Water Lands built a berm.',
    );
    for (const n of ['Pollard', 'Quist', 'Rendle', 'Open', 'Early', 'Parks', 'Trails'])
      expect(names(es)).not.toContain(n);
  });
});

describe('a chain of "son of" words', () => {
  it('is one person\'s name ("Rabbi Ben Meir Ben Tov"), read names only too', () => {
    const es = entitiesOf(
      'Dazu ein Zitat: Rabbi Ben Meir Ben Tov, ein Gelehrter aus dem zwölften Jahrhundert, warnte indes vor Eile.',
      'de',
    );
    expect(names(es)).toContain('Ben Meir Ben Tov');
    expect(names(es)).not.toContain('Ben Tov');
  });
});

describe('a list of names with a place in it', () => {
  it('types its one-word names places ("in Seoul, Dorvan and Kelmoor")', () => {
    const es = entitiesOf(
      'Daytime temperatures in Seoul, Dorvan and Kelmoor will reach ten degrees, the agency said on Monday.',
    );
    expect(find(es, 'Dorvan')?.type).toBe('place');
    expect(find(es, 'Kelmoor')?.type).toBe('place');
  });
});

describe('"to head" before a name', () => {
  it('is the verb, no title announcing a person ("rose to head Kelburn to a win")', () => {
    const es = entitiesOf(
      'Kelburn came from behind to beat their rivals. Tom Reid rose late to head Kelburn to a 2-1 win at Marsh Lane.',
    );
    expect(find(es, 'Kelburn')?.type ?? 'other').not.toBe('person');
    const head = entitiesOf(
      'The report was signed by department head Ana Ruiz. Ruiz said the figures were clear.',
    );
    expect(find(head, 'Ana Ruiz')?.type).toBe('person');
  });
});
