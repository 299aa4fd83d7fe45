import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a company named in full, then by its first word', () => {
  const text = `Tarvel Semiconductor said on Monday it would buy the lens maker Orsk Optics for $2 billion. Tarvel
    rose 3% in early trade while Orsk jumped 20%. Orsk employs 900 people, and Tarvel said it would keep them.`;

  it('joins "Tarvel" to "Tarvel Semiconductor", "Orsk" to "Orsk Optics", as companies', () => {
    const es = entitiesOf(text);
    const tarvel = find(es, 'Tarvel Semiconductor');
    expect(tarvel?.variants).toContain('Tarvel');
    expect(tarvel?.type).toBe('organization');
    expect(find(es, 'Orsk Optics')?.variants).toContain('Orsk');
  });

  it('joins a company of a trade the list names ("Halvard Outdoor") to its first word, owned "in" as a company', () => {
    const es =
      entitiesOf(`Shares of Halvard Outdoor fell 14% on Thursday after the outdoor gear retailer cut its
      outlook. Investors who hold shares in Halvard lost money, and Halvard said it would close 22 stores.`);
    expect(find(es, 'Halvard Outdoor')?.variants).toContain('Halvard');
  });

  it('leaves a place apart from the company named after it', () => {
    const es =
      entitiesOf(`Shares of Brenmoor Foods rose on Monday. The company has two plants in Brenmoor, where
      Brenmoor council approved a third; Brenmoor is a small town.`);
    expect(find(es, 'Brenmoor Foods')?.variants ?? []).not.toContain('Brenmoor');
  });

  it('leaves the word alone when it opens two companies', () => {
    const es =
      entitiesOf(`Halvard Energy and Halvard Software split last year. Halvard said on Monday that both
      would keep the name, and Halvard shares rose.`);
    expect(find(es, 'Halvard Energy')?.variants ?? []).not.toContain('Halvard');
    expect(find(es, 'Halvard Software')?.variants ?? []).not.toContain('Halvard');
  });

  it('joins the word written first as a brand to the trade name introduced as a firm', () => {
    const es = entitiesOf(
      `Si vous avez une lampe Quivelle chez vous, vérifiez-la. Le fabricant Quivelle Innovations a lancé un
      rappel jeudi, et Quivelle rembourse les clients.`,
      'fr',
    );
    expect(find(es, 'Quivelle Innovations')?.variants).toContain('Quivelle');
  });

  it('leaves the word alone when it comes first', () => {
    const es =
      entitiesOf(`Dolan said on Monday he would run again. Dolan Labs, a firm his brother founded, gave
      money to the campaign, and Dolan thanked them.`);
    expect(find(es, 'Dolan Labs')?.variants ?? []).not.toContain('Dolan');
  });
});

describe('a computing or analytics firm named in full, then by its first word', () => {
  it('joins "Quarrel" to "Quarrel Compute"', () => {
    const es = entitiesOf(
      `Quarrel Compute, a Cork start-up founded in 2022, rents out servers. Quarrel has abandoned a site in
Kildare, and Quarrel now looks abroad.`,
    );
    expect(find(es, 'Quarrel Compute')?.count).toBe(3);
  });
});

describe("a family's shop named after its surname", () => {
  it('joins the surname to the shop where no one of the family is named', () => {
    const es = entitiesOf(
      `Quennell Bakery, on the high street since 1950, will close in May. Quennell sold its last loaves on
Saturday, and Quennell will be missed.`,
    );
    expect(find(es, 'Quennell Bakery')?.variants).toContain('Quennell');
  });

  it('leaves the surname to the person where one of the family is named', () => {
    const es = entitiesOf(
      `Quennell Bakery will close in May. Ada Quennell, who runs it, is retiring. Quennell said the rent had
doubled, and Quennell thanked her customers.`,
    );
    expect(find(es, 'Quennell Bakery')?.variants ?? []).not.toContain('Quennell');
  });
});

describe('a body named once in full by a name of its own, then by its first word', () => {
  it('joins "Pellvane" to "Pellvane Mobility", whatever word closes the name', () => {
    const es = entitiesOf(
      `Pellvane Mobility sold 90,000 scooters in the first half. Analysts say Pellvane will grow, and
dealers expect Pellvane to open twenty showrooms.`,
    );
    expect(find(es, 'Pellvane Mobility')?.count).toBe(3);
  });

  it('keeps a body shortened to its first word no person, and a longer name written later its part', () => {
    const es = entitiesOf(
      `A ransomware attack forced Corvane Health System to shut its networks, the hospital system said. On
Tuesday, Corvane said it had hired investigators, and the flagship Corvane Ridge Medical Center diverted
ambulances. Patients told Corvane that health records were offline.`,
    );
    const corvane = find(es, 'Corvane Health System');
    expect(corvane?.variants).toContain('Corvane');
    expect(corvane?.type).not.toBe('person');
  });

  it('leaves apart a product named in full again and again, and a word written after "in"', () => {
    const products = entitiesOf(
      `The Quorra Sense is a cheap sensor. We liked the Quorra Sense a lot, and the app Quorra makes is simple.`,
    );
    expect(find(products, 'Quorra Sense')?.variants ?? []).not.toContain('Quorra');
    const town = entitiesOf(
      `Brisk Valeport Tidings reported the vote. The council met in Valeport, and residents of the town said
that Valeport needed a new bridge.`,
    );
    expect(find(town, 'Valeport Tidings')?.variants ?? []).not.toContain('Valeport');
  });

  it('keeps a person named by an unknown given name a person', () => {
    const es = entitiesOf(
      `Harlow Kestrane said on Monday she would run for mayor. Voters told Harlow the race was open, and
Harlow thanked her donors.`,
    );
    expect(find(es, 'Harlow Kestrane')?.type).toBe('person');
  });
});
