import { describe, expect, it } from 'vitest';
import { extractEntities } from '@/utils/article/entities';
import { titleCapitals } from '@/utils/article/entities/title-capitals';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a French news page', () => {
  it('ends a byline name before its publication stamp', () => {
    const es = entitiesOf(
      `Le conseil municipal de Vernoux a voté le budget.

Par Lucie Marrec et Anne-Sophie Tanguy Publié le 4 mars 2026 à 18h32

Le maire, Paul Ferrand, a défendu son budget. Paul Ferrand a promis des économies.`,
      'fr',
    );
    expect(names(es)).toContain('Anne-Sophie Tanguy');
    expect(names(es).some((n) => /Publié/.test(n))).toBe(false);
  });

  it('keeps a name whose last word is a stamp word when no date follows', () => {
    const es = entitiesOf('The band Stone Published played in Leeds. Stone Published will tour.', 'en');
    expect(names(es)).toContain('Stone Published');
  });

  it('leaves out the byline’s authors written only on the byline line', () => {
    const text = `Le maire de Vernoux veut rouvrir la piscine.

Par Lucie Marrec, correspondante à Vernoux

Paul Ferrand, le maire, l’a annoncé mardi. Paul Ferrand vise l’été 2027.`;
    const es = extractEntities(text, { lang: 'fr', byline: 'Lucie Marrec' });
    expect(find(es, 'Lucie Marrec')).toBeUndefined();
    expect(names(es)).toContain('Paul Ferrand');
    expect(names(es)).toContain('Vernoux');
    // The line opens with « Par » and a name and closes no sentence: a byline, whether the page's byline was read.
    expect(find(extractEntities(text, { lang: 'fr' }), 'Lucie Marrec')).toBeUndefined();
  });

  it('keeps an author the article writes about in its sentences', () => {
    const text = `Lucie Marrec est allée à Vernoux rencontrer le maire, Paul Ferrand.

Paul Ferrand lui a montré la piscine.`;
    const es = extractEntities(text, { lang: 'fr', byline: 'Par Lucie Marrec' });
    expect(names(es)).toContain('Lucie Marrec');
  });

  it('reads a role before « d’ » as the head of a body, a courtesy title as a person’s', () => {
    const es = entitiesOf(
      `Selon le directeur général d’Olvane, la levée de fonds est bouclée. Olvane recrute cent ingénieurs.
M. d’Arvieux a démenti. Hugues d’Arvieux dirige la fondation.`,
      'fr',
    );
    expect(find(es, 'Olvane')?.type).not.toBe('person');
    expect(es.find((e) => e.text.includes('Arvieux'))?.type).toBe('person');
  });

  it('types a French club opened by « RC » or « OGC » as a body, also when its town is written alone', () => {
    const es = entitiesOf(
      `Le RC Vernoux a battu Dourgne dimanche. Le RC Vernoux remonte au classement.
Vernoux s’envole
L’OGC Tarlac recevra le RC Vernoux samedi.`,
      'fr',
    );
    expect(find(es, 'RC Vernoux')?.type).toBe('organization');
    expect(find(es, 'OGC Tarlac')?.type).toBe('organization');
  });

  it('drops a unit written after numbers, keeps an acronym after a number', () => {
    const es = entitiesOf(
      `Le Vexa 9 de Korvo coûte 899 euros en version 12 Go / 256 Go, et 999 euros avec 512 Go.
Korvo promet cinq ans de mises à jour. Le texte renvoie à l’article 5 LCEN et à la loi LCEN.`,
      'fr',
    );
    expect(find(es, 'Go')).toBeUndefined();
    expect(names(es)).toContain('Korvo');
    expect(names(es)).toContain('LCEN');
  });
});

describe('a model named with a number inside', () => {
  it('keeps a known line, its number and the closing words whole when written twice', () => {
    const es = entitiesOf(
      'Le Vexa 9 embarque un Snapdragon 8 Elite Gen 5 de Qualcomm. Le Snapdragon 8 Elite Gen 5 chauffe peu.',
      'fr',
    );
    expect(names(es)).toContain('Snapdragon 8 Elite Gen 5');
    expect(find(es, 'Elite Gen 5')).toBeUndefined();
  });

  it('does not join an unknown name, a number and a numbered name', () => {
    const es = entitiesOf(
      'Le Korvo 8 Vexa 5 arrive. Le Korvo 8 Vexa 5 est en vente. Korvo le confirme.',
      'fr',
    );
    expect(find(es, 'Korvo 8 Vexa 5')).toBeUndefined();
  });
});

describe('places written as one hyphenated word', () => {
  it('keeps a town apart from the département whose name ends with it', () => {
    const es = entitiesOf(
      'Un incendie a touché Saint-Vernoux (Orne-Saint-Vernoux) lundi. La mairie de Saint-Vernoux a ouvert un gymnase. Le préfet de Orne-Saint-Vernoux est venu.',
      'fr',
    );
    expect(find(es, 'Saint-Vernoux')?.count).toBe(2);
    expect(find(es, 'Orne-Saint-Vernoux')?.count).toBe(2);
  });

  it('still joins a hyphenated surname to the full name', () => {
    const es = entitiesOf(
      'Louis Marec-Dantin a marqué deux essais. Marec-Dantin a été élu homme du match.',
      'fr',
    );
    expect(find(es, 'Louis Marec-Dantin')?.count).toBe(2);
  });
});

describe('a capital the title corroborates', () => {
  it('keeps a word capitalised once in the text when a sentence-case title capitalises it too', () => {
    const text =
      'Jeudi, la fusée a décollé de la base spatiale, à Tarvennec, avec deux satellites à son bord.';
    expect(names(entitiesOf(text, 'fr', 'La fusée Vexa 2 décolle depuis Tarvennec'))).toContain('Tarvennec');
    expect(names(entitiesOf(text, 'fr'))).not.toContain('Tarvennec');
  });

  it('gives no such evidence from a title in title case, nor from a word of a longer name', () => {
    const text =
      'Jeudi, la fusée a décollé de la base spatiale, à Tarvennec, avec deux satellites à son bord.';
    expect(
      names(entitiesOf(text, 'fr', 'Rocket Vexa Lifts Off From Tarvennec With Two Satellites')),
    ).not.toContain('Tarvennec');
    expect(names(entitiesOf(text, 'fr', 'La base de Grand Tarvennec reprend ses tirs'))).not.toContain(
      'Tarvennec',
    );
  });
});

it('reads a bank account number’s acronym as a common noun', () => {
  const es = entitiesOf(
    'Le pirate a volé les IBAN de 5 millions de clients de Korvo. Avec un IBAN, un escroc peut agir. Korvo a porté plainte.',
    'fr',
  );
  expect(find(es, 'IBAN')).toBeUndefined();
  expect(names(es)).toContain('Korvo');
});

it('takes no model’s closing word from a title as a name of its own', () => {
  const capitals = titleCapitals('Le Vexa 16 Ultra débarque à Tarvennec : prix et date de sortie');
  expect([...capitals]).toEqual(['tarvennec']);
});

it('reads a name after « rue » or « lycée » as a street or a building, not a person', () => {
  const es = entitiesOf(
    `La voiture a été contrôlée rue Paul-Ferrand, près de la gare. Le lycée Anne-Marec est fermé.
Le maire, Louis Tanguy, a parlé. Louis Tanguy a promis des renforts.`,
    'fr',
  );
  expect(find(es, 'rue Paul-Ferrand')?.type).toBe('place');
  expect(find(es, 'Anne-Marec')?.type).not.toBe('person');
  expect(find(es, 'Louis Tanguy')?.type).toBe('person');
});

it('keeps a known brand’s three-digit model whole the first time, not a round count', () => {
  const es = entitiesOf(
    'Le conducteur d’une Peugeot 308 a pris la fuite vers Tarvennec. Les policiers ont retrouvé la voiture. Sanofi 300 fois cité.',
    'fr',
  );
  expect(names(es)).toContain('Peugeot 308');
  expect(names(es)).not.toContain('Sanofi 300');
});

it('types no competition opened by its event word, nor a numbered regime, as a place', () => {
  const es = entitiesOf(
    `Battu en Coupe de Vernoux, le club a réagi en Trophée des Monts. Sous la Ve République, le pouvoir a changé.
Le club joue à Tarvennec, dans le XVIe arrondissement.`,
    'fr',
  );
  expect(find(es, 'Coupe de Vernoux')?.type).not.toBe('place');
  expect(find(es, 'Trophée des Monts')?.type).not.toBe('place');
  expect(find(es, 'Ve République')?.type).not.toBe('place');
});

describe('French bodies named with a lower-case adjective or a town', () => {
  it('keeps « Santé publique Vernoux » whole when the text writes it twice', () => {
    const es = entitiesOf(
      'Selon le bulletin de Santé publique Vernoux, la grippe progresse. Santé publique Vernoux recommande le vaccin.',
      'fr',
    );
    expect(find(es, 'Santé publique Vernoux')?.count).toBe(2);
    const said = entitiesOf(
      'Santé publique Vernoux recommande le vaccin. Santé publique Vernoux a dit non. Selon Santé publique Vernoux, tout va.',
      'fr',
    );
    expect(find(said, 'Santé publique Vernoux')?.type).not.toBe('person');
  });

  it('does not join a noun, an adjective and a name written side by side once', () => {
    const es = entitiesOf(
      'Le Conseil constitutionnel Tarvennec a siégé. Le Conseil constitutionnel a tranché.',
      'fr',
    );
    expect(find(es, 'Conseil constitutionnel Tarvennec')).toBeUndefined();
  });

  it('keeps a hospital with its town: « CHU de Nantes »', () => {
    const es = entitiesOf(
      'Le CHU de Nantes a déclenché le plan blanc. Le CHU de Nantes manque de lits.',
      'fr',
    );
    expect(find(es, 'CHU de Nantes')?.count).toBe(2);
    expect(find(es, 'Nantes')).toBeUndefined();
  });
});

it('reads « de » after a role that heads a town or a body as what it heads, not a surname particle', () => {
  const es = entitiesOf(
    `Le maire de Tarvennec, Paul Roux, a parlé. Le président de Korvo a démissionné, Korvo a confirmé.
Le général de Marsac a salué les troupes. M. de Villandry a répondu.`,
    'fr',
  );
  expect(names(es).some((n) => n.startsWith('de Tarvennec') || n.startsWith('de Korvo'))).toBe(false);
  expect(find(es, 'Korvo')).toBeDefined();
  expect(find(es, 'de Marsac')?.type).toBe('person');
  expect(find(es, 'de Villandry')?.type).toBe('person');
});

describe('a role’s holder after a comma is no list', () => {
  it('does not make a person of the body a role names before its holder', () => {
    const es = entitiesOf(
      'Le président de la République, Paul Roux, est à Tarvennec. Ann Marec est tombée sous la Ve République. Sous la Ve République, tout change.',
      'fr',
    );
    expect(find(es, 'Ve République')?.type).not.toBe('person');
    expect(find(es, 'Paul Roux')?.type).toBe('person');
  });

  it('types no body with a lower-case adjective as a person from a list', () => {
    const es = entitiesOf(
      'Santé publique Vernoux, Ann Marec et Paul Roux ont signé. Santé publique Vernoux publie un bulletin. La ministre de la Santé, Ann Marec, a dit oui.',
      'fr',
    );
    expect(find(es, 'Santé publique Vernoux')?.type).not.toBe('person');
  });
});

it('reads capitals joined by a hyphen as one acronym, not a brand and its line', () => {
  const es = entitiesOf(
    'Les hôpitaux de l’AP-HP ont fourni les images. L’AP-HP est satisfaite. Le Microsoft Teams de Korvo plante.',
    'fr',
  );
  expect(find(es, 'AP-HP')?.type).not.toBe('product');
});

it('keeps a stock exchange with its city: « Bourse de Paris »', () => {
  const es = entitiesOf('Le titre de Korvo a cédé 2 % à la Bourse de Paris. Korvo vise une cotation.', 'fr');
  expect(names(es)).toContain('Bourse de Paris');
});
