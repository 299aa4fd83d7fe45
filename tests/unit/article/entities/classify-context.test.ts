import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus). The given names are rare on purpose: none is in the
// given-name list, so only the words around the names can type them.
const typeOf = (text: string, name: string, lang = 'en'): string | undefined =>
  find(entitiesOf(text, lang), name)?.type;

describe('a person from the words around an unknown name', () => {
  it('takes a market trade before the name', () => {
    const text = `Prices fell on Monday. " Buyers were cautious, " said broker Velmar Quist. Velmar Quist expects a quiet
week at Kelby Exchange.`;
    expect(typeOf(text, 'Velmar Quist')).toBe('person');
  });

  it('takes a reporting verb after the name, or "said" before it', () => {
    expect(
      typeOf('On Monday, Tamsin Orlev said the dam would hold. Engineers agreed with Orlev.', 'Tamsin Orlev'),
    ).toBe('person');
    expect(
      typeOf('"It will hold," said Tamsin Orlev, an engineer. Orlev walked the dam.', 'Tamsin Orlev'),
    ).toBe('person');
  });

  it('takes an age in apposition, "his" or "her" after the name', () => {
    expect(typeOf('The winner, Quillon Brask, 34, ran alone. Crowds cheered Brask.', 'Quillon Brask')).toBe(
      'person',
    );
    expect(typeOf('Then Quillon Brask lifted her trophy. The crowd sang.', 'Quillon Brask')).toBe('person');
  });

  it('takes a noun for a person just before the name', () => {
    expect(typeOf('The race went to Olympic champion Quillon Brask on Sunday.', 'Quillon Brask')).toBe(
      'person',
    );
    expect(typeOf('Talks went on with rebel chief-of-staff Yorvan Tesk in the hills.', 'Yorvan Tesk')).toBe(
      'person',
    );
    expect(typeOf('The race went to Quillon Brask on Sunday.', 'Quillon Brask')).toBe('other');
  });

  it('takes a surname ending of many languages', () => {
    expect(typeOf('Tickets went fast for Quillon Braskovsky on Sunday.', 'Quillon Braskovsky')).toBe(
      'person',
    );
    expect(typeOf('Tickets went fast for Quillon Bratescu on Sunday.', 'Quillon Bratescu')).toBe('person');
    expect(typeOf('Tickets went fast for Quillon Braskin on Sunday.', 'Quillon Braskin')).toBe('other');
  });

  it('takes a country after "of" or in brackets', () => {
    expect(typeOf('Yorvan Tesk of Sweden led the field. Rain fell later.', 'Yorvan Tesk')).toBe('person');
    expect(typeOf('Results: 1. Yorvan Tesk (Sweden) 68. Rain fell later.', 'Yorvan Tesk')).toBe('person');
  });

  it('takes the minute of a goal in brackets', () => {
    const text = `Scorers: Harbour - Quillon Braskett ( 21st minute), Tamsin Orlevik ( 65th).`;
    expect(typeOf(text, 'Quillon Braskett')).toBe('person');
    expect(typeOf(text, 'Tamsin Orlevik')).toBe('person');
  });

  it('takes "a déclaré" in French', () => {
    expect(
      typeOf(
        'Ondine Marzac a déclaré que le pont tiendrait. Les ingénieurs approuvent.',
        'Ondine Marzac',
        'fr',
      ),
    ).toBe('person');
  });

  it('does not read the distance after a town as an age', () => {
    const t = 'Rebels took the town of Kef Harun, 65 km east of the capital. Kef Harun fell at dawn.';
    expect(typeOf(t, 'Kef Harun')).not.toBe('person');
  });

  it('keeps a person a person when a country follows the name', () => {
    const t = 'Tamsin Orlev, Kenya’s envoy, said talks would resume. Orlev flew home.';
    expect(typeOf(t, 'Tamsin Orlev')).toBe('person');
  });
});

describe('an organisation from the words around its name', () => {
  it('takes "X spokesman", "spokesman for X", "X news agency" and "the firm X"', () => {
    expect(
      typeOf('A Vellacorp spokesman declined to comment, as profits at Vellacorp fell.', 'Vellacorp'),
    ).toBe('organization');
    expect(typeOf('A spokesman for Brindel confirmed the sale. Profits fell.', 'Brindel')).toBe(
      'organization',
    );
    expect(
      typeOf('The strike spread, Tarnopax news agency reported, and Tarnopax said talks failed.', 'Tarnopax'),
    ).toBe('organization');
    expect(typeOf('Investors left the firm Quorvel in May. Quorvel shrank.', 'Quorvel')).toBe('organization');
  });

  it('takes "the charity X" for a body, though a reporting verb follows the name', () => {
    const t = 'Dana Hollis, chief executive of the charity Lung Action UK, said the plan was welcome.';
    expect(typeOf(t, 'Lung Action UK')).toBe('organization');
    expect(typeOf(t, 'Dana Hollis')).toBe('person');
  });

  it('takes "X daily said" and "X said its" for a body, not a person', () => {
    const t = 'Rostava Wiadomosci daily said prices rose. Later Rostava Wiadomosci said its editor quit.';
    expect(typeOf(t, 'Rostava Wiadomosci')).toBe('organization');
  });

  it('never takes a nationality word for an organisation', () => {
    expect(typeOf('Markets were calm, and Kurdish shares rose. Kurdish traders smiled.', 'Kurdish')).not.toBe(
      'organization',
    );
  });
});

describe('a sports side from a match', () => {
  it('types sides that beat or draw with each other as organisations', () => {
    const t =
      'Oakshire beat Marlowshire by six wickets. Later Fenbury drew with Oakshire, and Marlowshire v Fenbury was rained off.';
    expect(typeOf(t, 'Oakshire')).toBe('organization');
    expect(typeOf(t, 'Marlowshire')).toBe('organization');
  });

  it('types "the" and a plural name a side when it plays, and never a person', () => {
    const t =
      'Grover hit two home runs as the Harbour Gulls beat the Ridgeline Owls. The Ridgeline Owls lost again.';
    expect(typeOf(t, 'Ridgeline Owls')).toBe('organization');
    expect(typeOf(t, 'Harbour Gulls')).not.toBe('person');
  });

  it('types a side whose coach or players are named after it', () => {
    const t = 'The Marrow lost again on Friday. Marrow coach Tamsin Orlev said the Marrow would recover.';
    expect(typeOf(t, 'Marrow')).toBe('organization');
  });

  it('leaves a player’s surname a person’s when the full name is written', () => {
    const t = 'Tamsin Orlev reached the final. In it, Castell beat Orlev in three sets, and Orlev wept.';
    expect(typeOf(t, 'Tamsin Orlev')).not.toBe('organization');
  });
});

describe('a place from the words around its name', () => {
  it('takes "the town of X", "X, Country" and "the X region"', () => {
    expect(typeOf('Troops entered the town of Velmora at dawn. Velmora was quiet.', 'Velmora')).toBe('place');
    expect(typeOf('Floods hit Oskaveld, Norway, overnight. Oskaveld was evacuated.', 'Oskaveld')).toBe(
      'place',
    );
    expect(typeOf('Fighting in the disputed Tarvesh region went on. Tarvesh was shelled.', 'Tarvesh')).toBe(
      'place',
    );
  });

  it('types a name closed by a place word as a place ("Ferrow Square")', () => {
    expect(
      typeOf('Crowds filled Ferrow Square on Sunday. Ferrow Square was cleared at night.', 'Ferrow Square'),
    ).toBe('place');
  });

  it('does not call a person the airport named after one', () => {
    const t = 'Flights left Tamsin Orlev airport late. Passengers at Tamsin Orlev airport waited.';
    expect(typeOf(t, 'Tamsin Orlev')).not.toBe('person');
  });
});

describe('an organisation from the way it writes its name', () => {
  it('takes a capital inside one word, but not after a surname prefix', () => {
    const text = `Prices came from TradeQuarry on Monday. Later, Tim DeLorne said TradeQuarry was right.`;
    expect(typeOf(text, 'TradeQuarry')).toBe('organization');
    expect(typeOf(text, 'Tim DeLorne')).toBe('person');
  });
});

describe('a person from the way the name is written', () => {
  it('takes initials before a surname, not an abbreviated direction before a place', () => {
    const text = `The mill was sold by S. H. Quarrington and K. Austin to buyers from S. Korea on Monday.`;
    expect(typeOf(text, 'S. H. Quarrington')).toBe('person');
    expect(typeOf(text, 'S. Korea')).not.toBe('person');
    expect(typeOf(text, 'K. Austin')).toBe('person');
  });

  it('takes "Miss" or "Baron" before the name', () => {
    expect(typeOf('Tickets went fast for Miss Quillon Brask on Sunday.', 'Quillon Brask')).toBe('person');
  });
});

describe('a surname alone', () => {
  it('makes a person of a full name, unless the text writes the word in lower case too', () => {
    const person = `The prize went to Quillon Brask on Sunday. Brask thanked the jury.`;
    expect(typeOf(person, 'Quillon Brask')).toBe('person');
    const app = `Kestrel launched Harbor Desk on Monday. Desk keeps notes in sync, and every desk at the firm runs it.`;
    expect(typeOf(app, 'Harbor Desk')).not.toBe('person');
  });
});

describe('an organisation from its last word', () => {
  it('takes a newsroom, a force or a chemical maker', () => {
    const text = `Orvane Chemical cut jobs, the Tarvik Air Force said, told the Brackwater Newsroom on Monday.`;
    expect(typeOf(text, 'Orvane Chemical')).toBe('organization');
    expect(typeOf(text, 'Tarvik Air Force')).toBe('organization');
    expect(typeOf(text, 'Brackwater Newsroom')).toBe('organization');
  });
});

describe('a person from a list', () => {
  it('types an unknown full name listed next to a person, not one listed next to places', () => {
    const text = `Henke led by two from Bob Estes, Quillon Brask and Yorvan Tesk after the first round.
Visitors came from Tarvik Hollow, Ardal Keep and Brennholt.`;
    expect(typeOf(text, 'Quillon Brask')).toBe('person');
    expect(typeOf(text, 'Yorvan Tesk')).toBe('person');
    expect(typeOf(text, 'Ardal Keep')).not.toBe('person');
  });
});

describe('a side from a city and two words', () => {
  it('types a city and two more words an organisation, not a person', () => {
    const text = `Tom Reyes homered as the Chicago Grey Sox cruised to an 11-2 victory on Friday.`;
    expect(typeOf(text, 'Chicago Grey Sox')).toBe('organization');
  });
});

describe("a sportsperson's position before the name", () => {
  it('types the player a person', () => {
    const en = entitiesOf(
      `Chelsea agreed to sign Bilbao keeper Iker Zubeldia on Wednesday. Zubeldia will have a medical in London.`,
    );
    expect(find(en, 'Iker Zubeldia')?.type).toBe('person');
    const fr = entitiesOf(
      `Le Stade toulousain a gagné samedi. L’ailier Corvin Haldane a marqué deux essais. Haldane est en forme.`,
      'fr',
    );
    expect(find(fr, 'Corvin Haldane')?.type).toBe('person');
  });

  it("reads a capitalised position as a name's word", () => {
    const es = entitiesOf(
      `The Jockey Club fined the trainer on Monday. The Jockey Club said the horse was lame.`,
    );
    expect(find(es, 'Jockey Club')).toBeDefined();
  });
});

describe('a town by its mayor, its people or its area in brackets', () => {
  it('types as a place a name that has a mayor or inhabitants', () => {
    const es = entitiesOf(
      `Le maire d’Ostrelle a présenté le budget. Ostrelle compte deux écoles, et les habitants de Vernadou voteront.
      Vernadou attend.`,
      'fr',
    );
    expect(find(es, 'Ostrelle')?.type).toBe('place');
    expect(find(es, 'Vernadou')?.type).toBe('place');
  });

  it('types as a place a name followed by a known area in brackets', () => {
    const es = entitiesOf(
      'La maison de retraite de Vernolles (Bretagne) ferme ses portes. Vernolles perd son premier employeur.',
      'fr',
    );
    expect(find(es, 'Vernolles')?.type).toBe('place');
  });
});

describe('a place by its parts', () => {
  it('types "parts of X" and « la haute X » as places, not « la Haute Autorité »', () => {
    const en = entitiesOf(
      `Smoke drifted over parts of Tallow and Kilbeg, said Dana Pruitt. Trams to Tallow stopped.`,
    );
    expect(find(en, 'Tallow')?.type).toBe('place');
    const fr = entitiesOf(
      `La haute Vernaise est coupée du reste de la vallée, a dit Léa Marin. La Haute Autorité de santé a parlé, et
      les stations de la haute Vernaise attendent.`,
      'fr',
    );
    expect(find(fr, 'Vernaise')?.type).toBe('place');
    expect(find(fr, 'Haute Autorité de santé')?.type).toBe('organization');
  });
});

describe('cues of a competitor, a life and a party (types21)', () => {
  it('takes a country code or a life’s years in brackets after an unknown name', () => {
    const race = `Devant la foule, Quillon Brask a remporté la manche. Classement : 1. Quillon Brask (NED) en 59:12.`;
    expect(typeOf(race, 'Quillon Brask', 'fr')).toBe('person');
    const obituary = `Velmar Quist (1931-2024), le luthier de Gand. C'était tout Velmar Quist, discret et précis.`;
    expect(typeOf(obituary, 'Velmar Quist', 'fr')).toBe('person');
  });

  it('keeps a show’s short run in brackets no life', () => {
    const show = `Ombrelle Noire (2019-2023) a été diffusée sur Canal Vert. Ombrelle Noire reste culte.`;
    expect(typeOf(show, 'Ombrelle Noire', 'fr')).not.toBe('person');
  });

  it('reads a party before its portfolio spokesman as a body', () => {
    const text = `Deputies from Tarrow Vell walked out, in protest at what Tarrow Vell housing spokesman Odran Keel
called a rushed vote.`;
    expect(typeOf(text, 'Tarrow Vell')).toBe('organization');
  });

  it('gives the verb after a clause ending on a place to the speaker, not to the place', () => {
    const text = `The jet came down in farmland between Marlow Thorpe and Kelby. Another resident, Dana Whitcombe, who
lives on Mill Lane in Marlow Thorpe, said windows in her house shook.`;
    expect(typeOf(text, 'Marlow Thorpe')).not.toBe('person');
    expect(typeOf(text, 'Dana Whitcombe')).toBe('person');
  });
});

describe('bodies and models from their kind (types21)', () => {
  it('reads a name after « la coopérative » as a body, not a person', () => {
    const text = `Le silo est exploité par la coopérative Varel Ostrand, qui stocke le blé. Ostrand, a indiqué Paul
Martin, n'a pas d'autre site.`;
    expect(typeOf(text, 'Varel Ostrand', 'fr')).toBe('organization');
  });

  it('keeps a known body hyphenated to another name no brand’s product line', () => {
    const text = `Le collectif Libération-Gaudières a recueilli 600 signatures. Le quartier des Gaudières s'inquiète.
Le quotidien Libération en a parlé.`;
    expect(typeOf(text, 'Libération-Gaudières', 'fr')).not.toBe('product');
  });

  it('types one word written with two numbers as a line’s models', () => {
    const text = `La fusée Kestrel 6 existe en deux versions. « Avec Kestrel 64, l'Europe dispose d'un lanceur lourd »,
dit-il. Kestrel 64 a décollé à 14h, la version Kestrel 62 volera en mars.`;
    expect(typeOf(text, 'Kestrel 64', 'fr')).toBe('product');
  });

  it('leaves a place with two numbers alone', () => {
    const text = `France 2 et France 3 diffusent le match. France 2 commence à 21h.`;
    expect(typeOf(text, 'France 2', 'fr')).not.toBe('product');
  });
});

describe('numbered names that are no models (types21)', () => {
  it('leaves an index or a bill written with two numbers alone', () => {
    const text = `The FTSE 100 fell while the FTSE 250 rose. MPs passed Bill C-247 and Bill C-294 this week. The FTSE 100
closed lower. Bill C-247 goes to the Senate.`;
    expect(typeOf(text, 'FTSE 100')).not.toBe('product');
    expect(typeOf(text, 'C-247')).not.toBe('product');
  });
});

describe('a party from its elected members, a drug from what it treats', () => {
  // Texts written for these tests (not taken from any corpus).
  it('types a name followed by its senators or MPs as a body', () => {
    const text = `The bill passed on Thursday, with Verdants senators voting yes. The Verdants wanted more.`;
    expect(typeOf(text, 'Verdants')).toBe('organization');
  });

  it('types a name taken for a condition or by the milligram as a product', () => {
    const text = `Doctors prescribe Tirvex for diabetes. Tirvex should be taken with food.`;
    expect(typeOf(text, 'Tirvex')).toBe('product');
    const dose = `Patients took Zolvane 5 mg each day. Zolvane cut relapses by half.`;
    expect(typeOf(dose, 'Zolvane')).toBe('product');
    const priced = `Prices rose. Without insurance, Brevlid costs $300 a month, and Brevlid is a weekly pill.`;
    expect(typeOf(priced, 'Brevlid')).toBe('product');
  });

  it('keeps a place or a person taken "for" a condition as it was', () => {
    const text = `Funds raised in Kenya for diabetes care were spent. Kenya thanked donors.`;
    expect(typeOf(text, 'Kenya')).toBe('place');
    const person = `Dr. Velmar Quist for diabetes research said the trial worked. Quist was pleased.`;
    expect(typeOf(person, 'Velmar Quist')).toBe('person');
  });
});
