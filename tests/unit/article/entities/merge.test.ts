import { describe, expect, it } from 'vitest';
import type { Mention } from '@/utils/article/entities/mention';
import { UnionFind } from '@/utils/article/entities/union-find';
import { mergeAcronymsByInitials } from '@/utils/article/entities/variants';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('merges only true variants', () => {
  it('splits a place or a role glued to a person', () => {
    const es =
      entitiesOf(`Talks with the special envoy to Ukraine Kurt Volker resumed. Secretary of State Mike Pompeo
joined them in Kyiv. Welcome Jose Mourinho, fans chanted. Volker, Pompeo and Mourinho left Ukraine on Friday.`);
    expect(names(es)).not.toContain('Ukraine Kurt Volker');
    expect(names(es)).not.toContain('State Mike Pompeo');
    expect(names(es)).not.toContain('Welcome Jose Mourinho');
    expect(find(es, 'Kurt Volker')?.count).toBe(2);
    expect(find(es, 'Mike Pompeo')?.count).toBe(2);
    expect(find(es, 'Jose Mourinho')?.count).toBe(2);
    expect(find(es, 'Ukraine')?.type).toBe('place');
  });

  it('joins a surname, or a given name, to the one full name it belongs to', () => {
    const es =
      entitiesOf(`Julian Assange appeared in court. Assange’s lawyers spoke after Assange left. Marsha P.
Johnson was remembered in New York; friends said Marsha loved the city.`);
    expect(find(es, 'Julian Assange')?.count).toBe(3);
    expect(names(es)).not.toContain('Assange');
    expect(find(es, 'Marsha P. Johnson')?.count).toBe(2);
  });

  it('does not join a surname shared by two people', () => {
    const es =
      entitiesOf(`Han Lee and James Lee were charged in Boston. Lee denied it, said Han Lee's lawyer. James Lee
stayed silent in Boston.`);
    expect(find(es, 'Han Lee')?.variants).not.toContain('Lee');
    expect(find(es, 'James Lee')?.variants).not.toContain('Lee');
  });

  it("never joins one country's acronym to another's possessive", () => {
    const es =
      entitiesOf(`Farmers in the UK fear cheap US beef. The UK's ministers met US envoys in London. The UK
said US imports would wait; US officials disagreed.`);
    expect(find(es, 'UK')?.variants ?? []).not.toContain('US');
    expect(find(es, 'US')?.count).toBe(4);
    const mention = (surface: string) => ({ surface }) as Mention;
    const uf = new UnionFind();
    const byKey = new Map([
      ['uk s', [mention("UK's")]],
      ['us', [mention('US')]],
    ]);
    mergeAcronymsByInitials([...byKey.keys()], byKey, uf);
    expect(uf.find('us')).not.toBe(uf.find('uk s'));
  });

  it('joins an acronym to the name it spells as written, a lower-case word or a widened remit aside', () => {
    const es = entitiesOf(`The Bureau for Coastal Surveys and Mapping published its tide tables on Monday.
Its Advisory Committee on Harbour Safety met in June. Pilots welcomed the tables.

Months later the BCS said the ACHS would review them. The BCS has kept the same tables since 1990.`);
    expect(find(es, 'BCS')).toBe(find(es, 'Bureau for Coastal Surveys and Mapping'));
    expect(find(es, 'ACHS')).toBe(find(es, 'Advisory Committee on Harbour Safety'));
  });

  it('spells no acronym with "The" opening a name', () => {
    const es =
      entitiesOf(`The Lantern reviewed the new set. TV makers sold more sets this year. The Lantern liked the
screen; TV prices fell again.`);
    expect(find(es, 'The Lantern') ?? find(es, 'Lantern')).not.toBe(find(es, 'TV'));
  });

  it('joins aliases, acronyms and names with or without their legal form', () => {
    const es =
      entitiesOf(`The United States and China met. U.S. officials said the U.S. would wait. Alibaba Group rose
in Hong Kong; Alibaba said its offer was final. The Davis Cup Finals start today; the Davis Cup is old.`);
    expect(find(es, 'United States')?.variants ?? find(es, 'U.S.')?.variants).toBeDefined();
    expect(find(es, 'U.S.')).toBe(find(es, 'United States'));
    expect(find(es, 'Alibaba')).toBe(find(es, 'Alibaba Group'));
    expect(find(es, 'Davis Cup')).toBe(find(es, 'Davis Cup Finals'));
  });

  it('keeps a brand and its product apart', () => {
    const es = entitiesOf(`Apple sells the Apple Watch. Apple said the Apple Watch sold well.`);
    expect(find(es, 'Apple')).not.toBe(find(es, 'Apple Watch'));
  });

  it('joins a French institution to its head word alone', () => {
    const es = entitiesOf(
      `Le texte a été adopté par l’Assemblée nationale mardi. Le Conseil constitutionnel sera saisi. À l’Assemblée, la
Cour de cassation a été citée, puis le Département militaire fédéral.`,
      'fr',
    );
    expect(find(es, 'Assemblée nationale')?.count).toBe(2);
    for (const name of ['Conseil constitutionnel', 'Cour de cassation', 'Département militaire fédéral'])
      expect(names(es)).toContain(name);
  });
});

describe('French bodies whose name starts in lower case', () => {
  it('names « ministère de l’Intérieur » whole, as an organisation, and joins the short form', () => {
    const es = entitiesOf(
      `Le ministère de l’Intérieur a publié les chiffres. Selon le ministère des Affaires étrangères, Léa Portal
est rentrée. Le ministre des Affaires étrangères a parlé à Léa Portal. L’ambassade de France reste ouverte.`,
      'fr',
    );
    const interior = find(es, 'ministère de l’Intérieur');
    expect(interior?.type).toBe('organization');
    const foreign = find(es, 'ministère des Affaires étrangères');
    expect(foreign?.variants).toContain('Affaires étrangères');
    expect(names(es)).not.toContain('Affaires étrangères');
    expect(find(es, 'France')).toBeDefined();
  });

  it('names a disease after its place or discoverer whole, and joins the name alone to it', () => {
    const es = entitiesOf(
      `Le vaccin contre la maladie de Varlon a réduit les infections de moitié, selon Élise Marchand. La maladie de
Varlon touche surtout les randonneurs ; Varlon reste rare en ville. Son père souffre de la maladie d’Ormier.`,
      'fr',
    );
    expect(find(es, 'maladie de Varlon')?.variants).toContain('Varlon');
    expect(names(es)).not.toContain('Varlon');
    expect(names(es)).toContain('maladie d’Ormier');
  });
});

describe('nationality words before a person', () => {
  it('splits a nationality from the person it describes, keeps names that start with one', () => {
    const es =
      entitiesOf(`Australian Rodney Kell beat Mara Voss in Perth. Kell said the American Music Awards can wait.
Kell plays Voss again next week, and the American Music Awards are on Sunday.`);
    expect(names(es)).not.toContain('Australian Rodney Kell');
    expect(find(es, 'Rodney Kell')?.count).toBe(3);
    expect(find(es, 'American Music Awards')).toBeDefined();
  });
});

describe('a head noun alone', () => {
  it('joins « the Bill » to the one named bill, never to a person called Bill', () => {
    const es =
      entitiesOf(`Senator Bill Harrow criticised the Coastal Access Bill on Monday. The Bill gives councils new powers,
and amending the Bill would take months. Harrow said the Coastal Access Bill was rushed. This Bill must wait.`);
    expect(find(es, 'Coastal Access Bill')?.count).toBe(5);
    expect(find(es, 'Bill Harrow')?.count).toBe(2);
  });
});

describe('surnames with particles and days after names', () => {
  // Texts written for these tests (not taken from any corpus).
  it('joins a surname with particles to the full name, and types it a person', () => {
    const es =
      entitiesOf(`James Van Der Berk left the show. Van Der Berk said he was proud. Laure de la Morinière
voted against, and de la Morinière explained why. The Tour de France passed through France.`);
    expect(find(es, 'James Van Der Berk')?.count).toBe(2);
    expect(find(es, 'James Van Der Berk')?.type).toBe('person');
    expect(find(es, 'Laure de la Morinière')?.type).toBe('person');
    expect(find(es, 'France')?.variants ?? []).not.toContain('Tour de France');
  });

  it('keeps a weekday after one word ("Black Friday"), not after a longer name', () => {
    const es = entitiesOf(
      'Mira Holt told the Portvale Evening Herald Monday afternoon that Black Friday sales of 5 kW heaters rose.',
    );
    expect(names(es)).toContain('Portvale Evening Herald');
    expect(names(es)).toContain('Black Friday');
    expect(names(es)).not.toContain('kW');
  });
});

describe('a medium and its site; a given name that is a French word', () => {
  // Texts written for these tests (not taken from any corpus).
  it('joins a medium’s web site to the medium', () => {
    const es = entitiesOf(
      'Libération publiait un portrait. La critique de Jeanne Morvan est sur Liberation.fr, et Libération la republie.',
      'fr',
    );
    expect(find(es, 'Libération')?.variants).toContain('Liberation.fr');
  });

  it('reads Grace as a name in English, « Grâce à » as words in French', () => {
    const en = entitiesOf('Tom Brandt and his wife Grace left Oslo. Friends said Grace was tired.');
    expect(find(en, 'Grace')).toBeDefined();
    const fr = entitiesOf('Grâce à la loi, Jeanne Morvan a gagné. Grâce à elle, la ville respire.', 'fr');
    expect(names(fr)).not.toContain('Grâce');
  });
});

describe('surnames that are also months, verbs or particles', () => {
  // Texts written for these tests (not taken from any corpus).
  it('keeps "May", "Will" and a capitalised particle after a given name, not a month before a name', () => {
    const es =
      entitiesOf(`The prime minister, Helena May, met her counterpart from the north in Oslo on a cold day.
Critics at home said that Helena May had failed to win anything from the talks at all.
The keeper Filip De Graaf saved twice in the first half, and the crowd cheered when De Graaf came off.
In May Tom Brandt resigned from the board after a long and bitter fight with the other members.
Three MPs voted against the plan, and two MPs abstained when the house voted late at night.`);
    expect(names(es)).toContain('Helena May');
    expect(names(es)).toContain('Filip De Graaf');
    expect(names(es)).not.toContain('May Tom Brandt');
    expect(names(es)).not.toContain('MPs');
  });
});

describe('an acronym of a common noun is no surname', () => {
  // Texts written for these tests (not taken from any corpus).
  it('does not join "VR" to a game whose name ends with it', () => {
    const es =
      entitiesOf(`The headset makes VR easy. Kestrel Quest VR is the best game, and the VR mode of Kestrel Quest
VR shines. Fans of VR will love it, said Mira Holt.`);
    expect(names(es)).not.toContain('VR');
    expect(find(es, 'Kestrel Quest VR')?.variants ?? []).not.toContain('VR');
  });
});

describe('a company named with and without its legal form and its place', () => {
  // Texts written for these tests (not taken from any corpus).
  it('joins the short name to the legal name when the name without the legal form is written too', () => {
    const es = entitiesOf(`Kestrel Ohio: back on the market
Kestrel Ohio Corporation said on Friday it would sell shares. Staff of Kestrel will get some, and Kestrel
said the plan was approved by American Express Company and by Mira Holt.`);
    expect(find(es, 'Kestrel Ohio Corporation')).toBe(find(es, 'Kestrel'));
    expect(find(es, 'Kestrel')?.text).toBe('Kestrel Ohio');
    const bbc = entitiesOf(
      'The Tarvian Broadcasting Corporation (TBC) said the TBC would cut jobs, said Mira Holt.',
    );
    expect(find(bbc, 'TBC')?.variants).toContain('Tarvian Broadcasting Corporation');
  });

  it('joins the short name to a legal name with a trade before its legal form', () => {
    const es =
      entitiesOf(`Shares in Northern Wren Insurance Group fell 11 per cent on Monday. Northern Wren, which
sells car insurance, said claims rose, and Northern Wren expects more. Talks with Tolley Energy Holdings went on.`);
    expect(find(es, 'Northern Wren')).toBe(find(es, 'Northern Wren Insurance Group'));
    expect(find(es, 'Northern Wren')?.count).toBe(3);
    // No short form written: the legal name stays whole and alone.
    expect(find(es, 'Tolley Energy Holdings')?.count).toBe(1);
  });
});

describe('"and" after a party', () => {
  // Texts written for these tests (not taken from any corpus).
  it('ends the party’s name: "the Green Party and Holt" are two names', () => {
    const es =
      entitiesOf(`Talks between the Tarvian Green Party and Holt failed. Mira Holt said the Tarvian Green Party
had left, and the Securities and Harbour Commission agreed.`);
    expect(names(es)).not.toContain('Tarvian Green Party and Holt');
    expect(names(es)).toContain('Tarvian Green Party');
    expect(names(es)).toContain('Securities and Harbour Commission');
  });
});

describe('names written in parts', () => {
  it('shows the initials before a surname and joins the surname alone to them', () => {
    const es =
      entitiesOf(`The history was written by D. A. Rawley, a teacher in Corbridge. Rawley spent ten years on
it, and readers in Corbridge wrote to Rawley.`);
    expect(find(es, 'D. A. Rawley')?.count).toBe(3);
    expect(find(es, 'D. A. Rawley')?.type).toBe('person');
    expect(names(es)).not.toContain('Rawley');
  });

  it('joins a given name and a particle surname through the full name the title writes', () => {
    const text = `The actor spoke to fans on Monday. James told the crowd he felt stronger. Fans cheered as
Van Der Beek walked on stage. Later, James thanked the doctors, and the network said Van Der Beek would return.`;
    for (const title of ['James Van Der Beek says he is back', 'James Van Der Beek Says He Is Back']) {
      const es = entitiesOf(text, 'en', title);
      expect(find(es, 'James Van Der Beek')?.count).toBe(4);
      expect(names(es)).not.toContain('James');
    }
  });

  it('takes no headline verb for a surname', () => {
    const es = entitiesOf(
      'Kamala Orme won the vote. Orme thanked Kamala’s team.',
      'en',
      'Kamala Orme Wins Vote',
    );
    expect(names(es)).not.toContain('Kamala Orme Wins');
  });

  it('joins a known acronym to another name with its initials only where the two are written together', () => {
    const es =
      entitiesOf(`Exports to the US fell. The US market is weak, the firm said. Orders from the US dropped
again. Costs rose in the winter. Staff trained in spring. The firm now works with the University of Stennings
on a new kiln.`);
    expect(find(es, 'US')).not.toBe(find(es, 'University of Stennings'));
    const eu = entitiesOf(
      'Die Europäische Union berät. Die EU will handeln, sagte der Sprecher. Die EU wartet.',
      'de',
    );
    expect(find(eu, 'EU')).toBe(find(eu, 'Europäische Union'));
  });
});
