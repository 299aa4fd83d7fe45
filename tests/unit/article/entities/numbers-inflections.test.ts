import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('names with a model number', () => {
  it('keeps the number a name is written with twice, and the model’s short name with it', () => {
    const es = entitiesOf(`Skyward Air said its 412 Falcon jets would fly again in May.
Pilots of the Orvik 412 Falcon were retrained. The Falcon had been grounded for a year.
Kettle released Brewer 11 in June, and Brewer 11 users praised it.
Viewers of Canal 3 watched the launch, and Canal 3 replayed it.`);
    expect(names(es)).not.toContain('Falcon');
    expect(find(es, '412 Falcon')?.count).toBe(3);
    expect(names(es)).toContain('Brewer 11');
    expect(names(es)).toContain('Canal 3');
  });

  it('leaves counts, sums, quantities and results lines alone', () => {
    const es =
      entitiesOf(`The airline bought 300 Kestrel jets, then 300 Kestrel engines. A $1,000 Halvard prize
went to Mira Tolk, and a $1,000 Halvard grant to her team. Tolk won the Halvard 100 metres and the Halvard 100
metres relay.
Portvale 2 Gullhaven 1
Portvale 2 Brindle 0`);
    expect(names(es)).toContain('Kestrel');
    expect(names(es).some((n) => /\d/.test(n))).toBe(false);
  });

  it('does not join a sum to the known name after it', () => {
    const es = entitiesOf(
      'Investors were told 176 Hong Kong dollars a share is likely. The listing in Hong Kong is the largest ' +
        'since 2010, and Hong Kong brokers expect more.',
    );
    expect(names(es)).toContain('Hong Kong');
    expect(names(es).some((n) => /\d/.test(n))).toBe(false);
  });

  it('keeps a known channel with its number in a dated list, a line’s opening word before it', () => {
    const es = entitiesOf(
      'Revue de presse de la grève.\n3 mai : Reportage France 3\n4 mai : Reportage France 2\n5 mai : Entretien sur Radio Kelt.',
      'fr',
    );
    expect(names(es)).toContain('France 3');
    expect(names(es)).not.toContain('France');
  });

  it('joins a model’s closing word, and a known product line’s number, the first time they are written', () => {
    const es = entitiesOf(
      'Orvik unveiled the Orvik 9 Pro Max in Leith on Monday. Owners of an iPhone 17 can trade it in for a Pixel. It runs Windows 11.',
    );
    expect(names(es)).toContain('Windows 11');
    expect(names(es)).toContain('Orvik 9 Pro Max');
    expect(names(es)).toContain('iPhone 17');
    expect(names(es)).not.toContain('Pro');
    expect(names(es)).not.toContain('Max');
    // "Pro" alone stays with the one product it stands for, not chained to another model ending in it.
    const two = entitiesOf(
      'Reviewers liked the Orvik Book Pro. The Pro runs cool, and the Pro lasts all day. Owners of an Orvik 9 Pro may prefer it.',
    );
    expect(find(two, 'Orvik 9 Pro')?.variants ?? []).not.toContain('Pro');
    expect(names(two)).toContain('Orvik Book Pro');
    const results = entitiesOf('Galaxy 2 Gullhaven 1\nPortvale 3 Brindle 0\nGalaxy fans stayed home.');
    expect(names(results).some((n) => /\d/.test(n))).toBe(false);
  });

  it('ends a class glued to its number before « de la » and an event (« Class50 de la Transat Corail »)', () => {
    const es = entitiesOf(
      `Troisième de la catégorie Class50 de la Transat Corail, la skippeuse Léa Marin raconte sa course. Il y
      avait 40 bateaux en Class50, dit Léa Marin.`,
      'fr',
    );
    expect(names(es)).toContain('Transat Corail');
    expect(names(es).some((n) => n.startsWith('Class50 de'))).toBe(false);
  });

  it('keeps an index with its number though the rest is in capitals', () => {
    const es = entitiesOf('The NXQ 200 index rose on Monday, and the NXQ 200 ended the week higher.');
    expect(names(es)).toContain('NXQ 200');
  });
});

describe('one name declined', () => {
  it('joins the cases of a German name, not two names that differ by more than an ending', () => {
    const es = entitiesOf(
      `Das Westfälische Landesgymnasium in Kalthof feiert. Am Westfälischen Landesgymnasium lernen 900
Schüler. Wegen des Westfälischen Landesgymnasiums kamen
viele Gäste. Die Westfälische Landesbank zahlt.`,
      'de',
    );
    expect(
      find(es, 'Westfälische Landesgymnasium')?.count ?? find(es, 'Westfälischen Landesgymnasium')?.count,
    ).toBe(3);
    expect(find(es, 'Westfälischen Landesgymnasium')?.type).not.toBe('person');
  });

  it('does not clip a short last word ("River" is not "Riv")', () => {
    const es = entitiesOf('The Little River flooded. Boats on the Little Riv were lost near Little Rock.');
    expect(find(es, 'Little River')?.variants ?? []).not.toContain('Little Riv');
  });
});

describe('a product named by an ordinary word', () => {
  it('is a product only where the text speaks of one', () => {
    const de = entitiesOf(
      'Das neue Signal der Ampel war rot. Das Signal für den Start kam spät, sagte Jonas Weber.',
      'de',
    );
    expect(names(de)).not.toContain('Signal');
    const en = entitiesOf(
      'Users moved from WhatsApp to Signal this week. Signal is run by a foundation, said Ada Brenn.',
    );
    expect(find(en, 'Signal')?.type).toBe('product');
  });

  it('is a product where its maker is named', () => {
    const es = entitiesOf(
      'Apple updated its browser. Safari now blocks trackers, and Safari runs faster on Macs.',
    );
    expect(find(es, 'Safari')?.type).toBe('product');
    const trip = entitiesOf(
      'We left Nairobi at dawn. Our Safari guide, Juma Otieno, knew every Safari track.',
    );
    expect(find(trip, 'Safari')?.type).not.toBe('product');
  });
});

describe('a name opened by a word that is also a product', () => {
  it('is a product line only where the maker or a product is named', () => {
    const paper = entitiesOf(
      'Le directeur de l’Echo de Paris a démissionné, et l’Echo de Paris a changé de ton.',
      'fr',
    );
    expect(find(paper, 'Echo de Paris')?.type).not.toBe('product');
    const speaker = entitiesOf(
      'Amazon Echo speakers sold well, and the Echo Dot sold out before the holidays.',
    );
    expect(find(speaker, 'Echo Dot')?.type).toBe('product');
  });
});

describe('one name declined, in Slavic languages', () => {
  it('joins the cases of a Polish or Russian name and shows its own form, and keeps two people apart', () => {
    const pl = entitiesOf(
      'W poniedziałek rząd, jak podała Wielka Brytania, wysłał okręt. Premier Wielkiej Brytanii ogłosił ' +
        'plan, a ambasador pochwalił potem Wielką Brytanię.',
      'pl',
    );
    expect(pl.filter((e) => e.text.startsWith('Wielk')).map((e) => e.text)).toEqual(['Wielka Brytania']);
    const ru = entitiesOf(
      'Вчера в Кремле президент Владимир Путин встретился с послом. Визит президента Владимира Путина длился ' +
        'день. Позже в Кремле президенту Владимиру Путину позвонили.',
      'ru',
    );
    expect(ru.filter((e) => e.text.startsWith('Владимир')).map((e) => e.text)).toEqual(['Владимир Путин']);
    const de = entitiesOf(
      'Heute leiten Michael Berger und Michaela Berger die Praxis. Dort lacht Michaela Berger.',
      'de',
    );
    expect(de.filter((e) => e.text.endsWith('Berger'))).toHaveLength(2);
  });
});

describe('a name and its plural', () => {
  it('joins a French body written in the singular and the plural, with the whole head phrase', () => {
    const text = `CHEMINS DE FER
M. Paul Orset, directeur du Chemin de fer de Vallorbe, a présidé la séance à Brenet. Le Chemin de fer de Vallorbe
transporte plus de voyageurs que l’an dernier, a dit M. Orset. Les Chemins de fer de Vallorbe achèteront deux voitures.`;
    const es = entitiesOf(text, 'fr');
    expect(names(es)).not.toContain('Chemin');
    expect(find(es, 'Chemins de fer de Vallorbe')?.text).toBe('Chemin de fer de Vallorbe');
    expect(names(es)).not.toContain('Vallorbe');
  });

  it('joins a side and its plural, and leaves one word alone', () => {
    const text = `The Kelton Blue Jays won again on Sunday. A Kelton Blue Jay fan ran onto the field in Marlow. The Blue
Jays lead the league. Reuters and Reuter Hall are not one name, as Reuters said and Reuter Hall confirmed.`;
    const es = entitiesOf(text);
    expect(find(es, 'Kelton Blue Jays')).toBe(find(es, 'Kelton Blue Jay'));
    expect(find(es, 'Reuters')).toBeDefined();
    expect(find(es, 'Reuters')).not.toBe(find(es, 'Reuter Hall'));
  });
});

describe('a line the page writes twice with a number', () => {
  it('keeps the line’s other model number, and its pair after more words', () => {
    const es = entitiesOf(`The Stridex 975 replaces the Stridex 965 at the top of the range.
Kettle said the Stridex 975 sells well. Its screen is a Lumo Vell 3, and reviewers praise the Vell 3.`);
    expect(names(es)).toContain('Stridex 975');
    expect(names(es)).toContain('Stridex 965');
    expect(names(es)).not.toContain('Stridex');
    // "Lumo Vell 3" and "Vell 3" are one model, shown by either name.
    expect(es.find((e) => e.text.endsWith('Vell 3'))?.count).toBe(2);
    expect(names(es)).not.toContain('Lumo Vell');
  });

  it('leaves a single-digit number beside a three-digit model, and results lines, alone', () => {
    const es = entitiesOf(`The Stridex 975 is new. The Stridex 975 is fast, and Stridex 2 fans wait.
Portvale 2 Gullhaven 1
Portvale 2 Brindle 0`);
    expect(names(es)).not.toContain('Stridex 2');
    expect(names(es).some((n) => n.startsWith('Portvale'))).toBe(true);
    expect(names(es)).not.toContain('Portvale 2');
  });

  it('names an airport’s terminal with its number the first time', () => {
    const es = entitiesOf('Les passagers attendent au Terminal 2 de Roissy, selon Paul Martin.', 'fr');
    expect(names(es)).toContain('Terminal 2');
  });

  it('names a world’s fair with its year the first time, as an event, not a product', () => {
    const es = entitiesOf(
      'At the Expo 74 site on the river, Orla Dunmore stepped out of the car, and Orla Dunmore smiled.',
    );
    expect(find(es, 'Expo 74')?.type).toBe('other');
    expect(names(es)).not.toContain('Expo');
  });
});

describe('a numbered model and its version', () => {
  it('joins the version’s word once the pair is written twice, and merges the model with it', () => {
    const es = entitiesOf(
      'Les ventes ont progressé, portées par la Velta 5. La marque Velta a profité de la Velta 5 E-Drive, assemblée à Douai.',
      'fr',
    );
    expect(find(es, 'Velta 5 E-Drive')?.count).toBe(2);
    expect(names(es)).not.toContain('E-Drive');
  });

  it('keeps a model’s closing word apart, and a club’s year before its town', () => {
    const es = entitiesOf(`The Vexo 17 costs less than the Vexo 17 Pro, said Ada Kell. The Vexo 17 sells well.
Anna Roth (SV Kelm 04 Arnstadt) won. Mia Lenz (SV Kelm 04 Arnstadt) was second.`);
    expect(names(es)).toContain('Vexo 17');
    expect(names(es)).toContain('Vexo 17 Pro');
    expect(names(es)).not.toContain('SV Kelm 04 Arnstadt');
  });
});
