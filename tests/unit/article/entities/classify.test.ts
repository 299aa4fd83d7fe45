import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
const SPORT = `Manchester United beat Real Madrid in the Champions League on Tuesday. Manchester United now lead
their group, and Real Madrid must win in Turin. The Champions League resumes next month, the Chicago Tribune
reported. Coach Elena Marsh said Manchester United had earned it. Marsh praised the Chicago Tribune's coverage.`;

const TECH = `Apple showed the Apple Watch and the Vision Pro in Cupertino. The Apple Watch gets a brighter screen, and the
Vision Pro a lighter frame. Apple says the Vision Pro ships in June, and the Apple Watch in May.`;

const WORLD = `Fighting spread in South Sudan and in Inner Mongolia, officials said. Aid reached South Sudan by road,
while Inner Mongolia closed its border. Envoy Kurt Volker visited South Sudan; Volker met leaders in Juba.`;

describe('types from evidence', () => {
  it('reads initials written together as initials ("K.P. Ravindran"), not those of a country ("U.S. Steel")', () => {
    const es = entitiesOf(
      'Critics praised K.P. Ravindran, the cameraman. Shares of U.S. Steel rose in New York.',
    );
    expect(find(es, 'K.P. Ravindran')?.type).toBe('person');
    expect(find(es, 'U.S. Steel')?.type).not.toBe('person');
  });

  it('types clubs, leagues and newspapers as organisations, never as people', () => {
    const es = entitiesOf(SPORT);
    expect(find(es, 'Manchester United')?.type).toBe('organization');
    expect(find(es, 'Real Madrid')?.type).toBe('organization');
    expect(find(es, 'Chicago Tribune')?.type).toBe('organization');
    expect(find(es, 'Champions League')?.type).not.toBe('person');
    expect(find(es, 'Elena Marsh')?.type).toBe('person');
  });

  it('knows the best-known companies named like a title or a person ("General Mills", "Eli Lilly")', () => {
    const es = entitiesOf(
      'General Mills said sales fell. General Mills makes cereal. Eli Lilly, the drugmaker, raised prices; Eli Lilly shares rose.',
    );
    expect(find(es, 'General Mills')?.type).toBe('organization');
    expect(find(es, 'Eli Lilly')?.type).toBe('organization');
    expect(names(es)).not.toContain('Mills');
  });

  it('knows the best-known clubs whose names say place ("Manchester City", "West Ham")', () => {
    const es = entitiesOf(
      'West Ham drew with Manchester City on Sunday. Manchester City stay top, and West Ham sit ninth.',
    );
    expect(find(es, 'West Ham')?.type).toBe('organization');
    expect(find(es, 'Manchester City')?.type).toBe('organization');
  });

  it('types a brand’s product lines as products', () => {
    const es = entitiesOf(TECH);
    expect(find(es, 'Apple Watch')?.type).toBe('product');
    expect(find(es, 'Vision Pro')?.type).toBe('product');
    expect(find(es, 'Apple')?.type).toBe('organization');
  });

  it('types a person in a language read names only by the name alone, not by cue words or a list', () => {
    const es = entitiesOf(
      `Okręt wypłynął, a Wielka Brytania chce pokazać siłę. Rząd Wielkiej Brytanii zapłacił za to dużo.
Sojusznicy wspierają Wielką Brytanię od lat. Marynarka Wielkiej Brytanii czeka, mówi Anna Nowak. Potem Anna
Nowak dodała, że Wielka Brytania zdąży na Ocean Indyjski, gdzie Ocean Indyjski jest spokojny. Na spotkaniu
byli Boris Johnson, Wielka Brytania i Anna Nowak.`,
      'pl',
    );
    expect(find(es, 'Wielka Brytania')?.type).not.toBe('person');
    expect(find(es, 'Ocean Indyjski')?.type).not.toBe('person');
    expect(find(es, 'Anna Nowak')?.type).toBe('person');
  });

  it('types a market as an organisation, apart from its city, and keeps Exchange Online a product', () => {
    const es = entitiesOf(
      'Shares rose on the Dhaka Stock Exchange. Traders in Dhaka said the Dhaka Stock Exchange index gained. ' +
        'The Dhaka Stock Exchange said turnover rose. Police in Dhaka were calm. Microsoft said Exchange ' +
        'Online was safe, and Microsoft patched Exchange Online.',
    );
    expect(find(es, 'Dhaka Stock Exchange')?.type).toBe('organization');
    expect(find(es, 'Dhaka')?.type).toBe('place');
    expect(find(es, 'Exchange Online')?.type).toBe('product');
  });

  it('types a brand’s product named by a word that also closes bodies’ names as a product', () => {
    const es = entitiesOf(
      'Microsoft Office sales rose, Microsoft said. Microsoft Office now runs in the browser. The Office for ' +
        'Students said the Office for Students would review it.',
    );
    expect(find(es, 'Microsoft Office')?.type).toBe('product');
    expect(find(es, 'Office for Students')?.type).toBe('organization');
  });

  it('types countries and regions as places, a given name with a surname as a person', () => {
    const es = entitiesOf(WORLD);
    expect(find(es, 'South Sudan')?.type).toBe('place');
    expect(find(es, 'Inner Mongolia')?.type).toBe('place');
    expect(find(es, 'Kurt Volker')?.type).toBe('person');
  });

  it('types a full name followed by "who" as a person, and a club so followed as an organisation', () => {
    const es =
      entitiesOf(`Maren Okafor, who chairs the harbour trust, opened the quay, and Maren Okafor thanked
the engineers. Later, Harbourside United, who won the cup, paraded there. Harbourside United thanked the town.`);
    expect(find(es, 'Maren Okafor')?.type).toBe('person');
    expect(find(es, 'Harbourside United')?.type).toBe('organization');
  });

  it('leaves a two-word name without evidence untyped rather than calling it a person', () => {
    const es = entitiesOf(
      `The documentary Vape Wave opens on Friday. Critics liked Vape Wave more than its sequel.`,
    );
    expect(find(es, 'Vape Wave')?.type).toBe('other');
  });
});

describe('more type evidence', () => {
  it('types a body with its remit as an organisation, a bill as no person, a given name that is a product as a person', () => {
    const es =
      entitiesOf(`The Department of Rivers and the Office for Pupils met in Harlow. Claude Venn, a senator, backed the
Water Access Bill. Venn said the Water Access Bill would pass, and the Office for Pupils agreed with the Department
of Rivers. Bill Tarrant opposed it. Tarrant said Venn was wrong.`);
    expect(find(es, 'Office for Pupils')?.type).toBe('organization');
    expect(find(es, 'Department of Rivers')?.type).toBe('organization');
    expect(find(es, 'Water Access Bill')?.type).not.toBe('person');
    expect(find(es, 'Claude Venn')?.type).toBe('person');
    expect(find(es, 'Bill Tarrant')?.count).toBe(2);
  });

  it('never takes two nationality words for a person or for the full name of one of them', () => {
    const es =
      entitiesOf(`Arab Israeli talks resumed in Oslo. Israeli officials and Palestinian envoys met. The Israeli side
said the Arab Israeli track was open; Israeli and Palestinian teams will meet again in Oslo.`);
    expect(find(es, 'Arab Israeli')?.type).not.toBe('person');
    expect(find(es, 'Arab Israeli')?.variants ?? []).not.toContain('Israeli');
  });
});

describe('roles written as acronyms', () => {
  it('closes a span before a trailing role acronym', () => {
    const es =
      entitiesOf(`The Nordwind CEO said on Monday that Nordwind would grow. Labour MP Ada Quist asked Nordwind
for answers, and the Nordwind CEO replied to Quist.`);
    expect(es.map((e) => e.text)).not.toContain('Nordwind CEO');
    expect(find(es, 'Nordwind')?.count).toBe(4);
    expect(find(es, 'Ada Quist')).toBeDefined();
  });
});

describe('kingdoms and republics', () => {
  // Texts written for these tests (not taken from any corpus).
  it('types a named republic a place and never lists the word alone', () => {
    const es =
      entitiesOf(`The Tarvian Republic signed the deal. The Kingdom will follow, said the Tarvian Republic’s
envoy, Mira Holt, as the Kingdom waited.`);
    expect(find(es, 'Tarvian Republic')?.type).toBe('place');
    expect(names(es)).not.toContain('Kingdom');
  });
});

describe('a branch of a public body, union or party', () => {
  it('is an organisation, while a brand’s line stays a product', () => {
    const es = entitiesOf(
      'Les élus de la CGT Renault et ceux d’Info’Com-CGT ont réagi. La CGT a appelé à la grève, selon Léa ' +
        'Marin. Apple a présenté l’Apple Watch.',
      'fr',
    );
    expect(find(es, 'CGT Renault')?.type).toBe('organization');
    expect(find(es, 'Info’Com-CGT')?.type).toBe('organization');
    expect(find(es, 'Apple Watch')?.type).toBe('product');
  });
});

describe('a nationality word after "a"', () => {
  it('is no place, though French « à » folds to the same "a"', () => {
    const es = entitiesOf(
      'I worked with a French team in Lyon. The French engineers built it, said Ada Brenn.',
    );
    expect(find(es, 'French')?.type).not.toBe('place');
    expect(find(es, 'Lyon')?.type).toBe('place');
  });
});

describe('given names from many languages', () => {
  it('types a full name opened by a less common given name as a person', () => {
    const es = entitiesOf(
      'The hearing heard from Ghislaine Arkwright and from Funke Oladipo. The court sat in Leeds until noon.',
    );
    expect(find(es, 'Ghislaine Arkwright')?.type).toBe('person');
    expect(find(es, 'Funke Oladipo')?.type).toBe('person');
  });
});

describe('a role before a body', () => {
  it('makes no person of the body the role governs, and still announces a person right after it', () => {
    const de = entitiesOf(
      'Gestern sagte der Präsident der Deutschen Bundesbank, die Lage sei stabil. Später kam Annika Berger.',
      'de',
    );
    expect(find(de, 'Deutschen Bundesbank')?.type).not.toBe('person');
    const en = entitiesOf('The Director of the Harbour Trust met President Ada Brenn on Monday.');
    expect(find(en, 'Harbour Trust')?.type).not.toBe('person');
    expect(find(en, 'Ada Brenn')?.type).toBe('person');
  });
});

describe('firms, trades, double surnames and streets', () => {
  it('types names joined by an ampersand as a firm, never a person', () => {
    const es = entitiesOf(
      'The deal was advised by Hollis & Brandt and audited by Weller & Stroud. Hollis & Brandt declined to comment.',
    );
    expect(find(es, 'Hollis & Brandt')?.type).toBe('organization');
    expect(find(es, 'Weller & Stroud')?.type).toBe('organization');
  });

  it('types two names joined tight by a plus as a firm, never a person', () => {
    const es = entitiesOf('Brenner+Kolb cut its forecast on Friday. Shares of Brenner+Kolb fell.');
    expect(find(es, 'Brenner+Kolb')?.type).toBe('organization');
  });

  it('types a name closed by a trade as a company, though a given name opens it', () => {
    const es = entitiesOf(
      'Pennine Water fined again. Residents blamed Pennine Water for the leak, and Martin Auto said its yard flooded.',
    );
    expect(find(es, 'Pennine Water')?.type).toBe('organization');
    expect(find(es, 'Martin Auto')?.type).toBe('organization');
  });

  it('keeps a product line named by a trade word a product ("Android Auto")', () => {
    const es = entitiesOf('The car supports Android Auto and Apple CarPlay. Android Auto works wirelessly.');
    expect(find(es, 'Android Auto')?.type).toBe('product');
  });

  it('reads a place word hyphenated to a surname as a double surname, not a place', () => {
    const es = entitiesOf('Scrum-half Jorvik Tanner-Park kicked the winner. Tanner-Park also scored a try.');
    expect(find(es, 'Jorvik Tanner-Park')?.type).not.toBe('place');
  });

  it('makes no person of a given name before a place word and its thing ("Christopher Street Day")', () => {
    const es = entitiesOf(
      'Thousands marched at the Christopher Street Day (CSD) in Cologne. The CSD ended at the cathedral.',
    );
    expect(find(es, 'CSD')?.type).not.toBe('person');
  });
});

describe('names joined by an ampersand', () => {
  it('makes no firm of two given names joined, nor of two ordinary words', () => {
    const es = entitiesOf(
      'The documentary Jim & Andy opens on Friday. Jim & Andy runs two hours. Read our Tips & Tricks: tips and tricks for all.',
    );
    expect(find(es, 'Jim & Andy')?.type).not.toBe('person');
    expect(find(es, 'Jim & Andy')?.type).not.toBe('organization');
    expect(find(es, 'Tips & Tricks')?.type).not.toBe('organization');
  });
});

describe('a thing named after a place', () => {
  it('makes no place of a place prefix before a name the text also writes alone', () => {
    const es = entitiesOf(
      'Dermatologists tested the St. Ives Apricot Scrub on dry skin. The Apricot Scrub felt rough, testers said.',
    );
    expect(find(es, 'St. Ives Apricot Scrub')?.type).not.toBe('place');
  });

  it('keeps a place named by a prefix and a place word a place', () => {
    const es = entitiesOf('The ferry left St. Ives Harbour at noon. St. Ives Harbour closed later that day.');
    expect(find(es, 'St. Ives Harbour')?.type).toBe('place');
  });
});

describe('French bodies by their head noun', () => {
  it('types as organisations bodies opened by « Compagnie » or « Groupement »', () => {
    const es = entitiesOf(
      'Une enquête vise la Compagnie fluviale de l’Aude, que le Groupement des transporteurs routiers soutient.',
      'fr',
    );
    expect(find(es, 'Compagnie fluviale de l’Aude')?.type).toBe('organization');
    expect(find(es, 'Groupement des transporteurs routiers')?.type).toBe('organization');
  });
});

describe('names that look like a person, a place or a body and are not', () => {
  it('types a model named after a maker that is also a given name a product, where the text names the maker', () => {
    const es = entitiesOf(
      'Der Mercedes Korvan kam auf den Markt. Mercedes-Benz zeigte den Wagen in Berlin.',
      'de',
    );
    expect(find(es, 'Mercedes Korvan')?.type).toBe('product');
    const people = entitiesOf('Las juezas Mercedes Olano y Lidia Prieto firmaron la sentencia.', 'es');
    expect(find(people, 'Mercedes Olano')?.type).toBe('person');
  });

  it('types a French department counted by « Deux » a place', () => {
    const es = entitiesOf(
      'Les Deux-Brières ont voté. Le préfet des Deux-Brières a répondu. Les élus des Deux-Brières ont protesté.',
      'fr',
    );
    expect(find(es, 'Deux-Brières')?.type).toBe('place');
  });

  it('types a party named for its occasion no organisation, a ferry line an organisation', () => {
    const es = entitiesOf(`The Lantern Holiday Party drew crowds in Galway. Corran Ferries said the Lantern
Holiday Party was its busiest night; Corran Ferries added two sailings.`);
    expect(find(es, 'Lantern Holiday Party')?.type).not.toBe('organization');
    expect(find(es, 'Corran Ferries')?.type).toBe('organization');
  });
});

describe('names closed by a body noun or a transit word', () => {
  // Text written for this test.
  const FIRE = `Kilbride Fire Brigade said six units were at the scene on Tuesday. Services on the Tram Green Line
were suspended, and Kilbride Fire Brigade asked drivers to avoid the area. The Tram Green Line will reopen on
Thursday, said Orla Brennan, a spokeswoman. Brennan said the smoke had cleared.`;

  it('never types a brigade or a line as a person, and keeps the person named beside them', () => {
    const es = entitiesOf(FIRE);
    expect(find(es, 'Kilbride Fire Brigade')?.type).toBe('organization');
    expect(find(es, 'Tram Green Line')?.type).not.toBe('person');
    expect(find(es, 'Orla Brennan')?.type).toBe('person');
  });
});
