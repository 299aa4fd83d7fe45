import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('French bodies named with lower-case words after a capitalised head', () => {
  it('keeps adjectives, complements and the closing place in the name', () => {
    const es = entitiesOf(
      `Hier, la Métropole de Lyon a voté le budget. Selon l’Union nationale de la propriété immobilière, les
loyers montent. La Banque cantonale de Vaud a publié ses comptes. Le Syndicat mixte des transports commande
des bus. La Caisse des dépôts et consignations investit, et la Chambre de commerce et d’industrie de Lyon
soutient le projet.`,
      'fr',
    );
    expect(names(es)).toEqual(
      expect.arrayContaining([
        'Métropole de Lyon',
        'Union nationale de la propriété immobilière',
        'Banque cantonale de Vaud',
        'Syndicat mixte des transports',
        'Caisse des dépôts et consignations',
        'Chambre de commerce et d’industrie de Lyon',
      ]),
    );
    // The places live only inside the bodies' names here.
    expect(find(es, 'Vaud')).toBeUndefined();
    expect(find(es, 'Lyon')).toBeUndefined();
  });

  it('reads complements listed with commas up to « et », and a participle before the acronym', () => {
    const es = entitiesOf(
      `Selon la Direction de la recherche, des études, de l’évaluation et des statistiques (Drees), les
chiffres montent, avec l’aide du Centre national du cinéma et de l’image animée (CNC).`,
      'fr',
    );
    expect(names(es)).toContain('Direction de la recherche, des études, de l’évaluation et des statistiques');
    expect(names(es).some((n) => n.startsWith('Centre national du cinéma et de l’image animée'))).toBe(true);
  });

  it('stops at a verb, a comma, a relative pronoun and a complement of the sentence', () => {
    const es = entitiesOf(
      `La Banque de France a relevé ses taux de 0,25 point. La Cour des comptes critique la dépense. La
Caisse des dépôts, chargée de la gestion, investit. La Commission de régulation de l’énergie, qui fixe les
prix, a tranché. La présidence du Conseil de l’Union européenne a échoué. Les avis de la Cour des comptes et des
inspections divergent. La Fédération française de football de Noël Martin proteste.`,
      'fr',
    );
    expect(names(es)).toEqual(
      expect.arrayContaining([
        'Banque de France',
        'Cour des comptes',
        'Caisse des dépôts',
        'Commission de régulation de l’énergie',
        'Union européenne',
        'Fédération française de football',
        'Noël Martin',
      ]),
    );
    expect(names(es).some((n) => /taux|critique|chargée|qui|Conseil de l’Union|inspections/.test(n))).toBe(
      false,
    );
  });

  it('tells « d’ » and a noun from « l’ » and a verb, and leaves a second body apart', () => {
    const es = entitiesOf(
      `Ce rapport, le Conseil fédéral l’avait présenté en mai. La Chambre d’agriculture proteste. Le président du
Conseil d’administration du Musée national de Lyon démissionne. L’Union des entreprises suisses de transport se
réunit.`,
      'fr',
    );
    expect(names(es)).toEqual(
      expect.arrayContaining([
        'Conseil fédéral',
        'Chambre d’agriculture',
        'Musée national de Lyon',
        'Union des entreprises suisses de transport',
      ]),
    );
    expect(names(es).some((n) => /avait|administration/.test(n))).toBe(false);
  });

  it('keeps a place named on its own, and names nothing with a lower-case head alone', () => {
    const es = entitiesOf(
      'La Métropole de Lyon a voté. Lyon reste une grande ville, et la métropole a voté hier soir.',
      'fr',
    );
    expect(find(es, 'Métropole de Lyon')?.count).toBe(1);
    expect(find(es, 'Lyon')?.count).toBe(1);
  });
});

describe('French local bodies written wholly in lower case', () => {
  it('reads the head before the place, not a bare part of town', () => {
    const es = entitiesOf(
      `Le centre hospitalier universitaire de Lyon a ouvert un service. Hier, la communauté
d’agglomération du Grand Annecy a voté. Les cafés du centre de Grenoble ferment tôt.`,
      'fr',
    );
    expect(names(es)).toEqual(
      expect.arrayContaining([
        'centre hospitalier universitaire de Lyon',
        'communauté d’agglomération du Grand Annecy',
        'Grenoble',
      ]),
    );
    expect(names(es)).not.toContain('centre de Grenoble');
  });

  it('reads « la préfecture » and its département, a body, but not « la préfecture de » a town', () => {
    const es = entitiesOf(
      `Les écoles de la Haute-Marne ferment. La préfecture de la Haute-Marne a déclenché une alerte. La préfecture
de Chaumont reste ouverte, a indiqué Paul Le Roux.`,
      'fr',
    );
    expect(find(es, 'préfecture de la Haute-Marne')?.type).toBe('organization');
    expect(find(es, 'Haute-Marne')).toBeDefined();
    expect(names(es)).not.toContain('préfecture de Chaumont');
  });

  it('keeps the département the place where the text names it after « préfecture » only', () => {
    const es = entitiesOf(
      `Un silo a explosé mardi, selon la préfecture de la Haute-Marne. Le préfet de la Haute-Marne, Paul Le Roux,
est arrivé sur place.`,
      'fr',
    );
    expect(find(es, 'Haute-Marne')?.type).toBe('place');
    expect(names(es)).not.toContain('préfecture de la Haute-Marne');
  });
});

describe('a professional order written with a capital', () => {
  it('keeps its profession and its place (« l’Ordre des pharmaciens du Québec »)', () => {
    const es = entitiesOf(
      `Selon l’Ordre des sages-femmes du Québec, la pénurie s’aggrave, a indiqué Paul Le Roux. L’Ordre des
vétérinaires a répondu.`,
      'fr',
    );
    expect(find(es, 'Ordre des sages-femmes du Québec')?.type).toBe('organization');
    expect(find(es, 'Ordre des vétérinaires')).toBeDefined();
  });
});

describe('a national prosecutor’s office written with a capital', () => {
  it('keeps its adjectives in the name (« Parquet national financier »)', () => {
    const es = entitiesOf(
      `L’avocate de Paul Ferrand a annoncé faire appel. Le Parquet national financier avait requis sept ans.`,
      'fr',
    );
    expect(find(es, 'Parquet national financier')).toBeDefined();
  });
});

describe('a French body named with its purpose', () => {
  it('keeps « pour », the article and the noun after the head and its adjectives', () => {
    const text = `Selon l’Agence européenne pour la sécurité maritime, les navires ont doublé.
L’Organisation internationale pour les migrations compte les départs.
La Fondation pour la recherche médicale finance Marc Jolin.`;
    const shown = names(entitiesOf(text, 'fr'));
    expect(shown).toEqual(
      expect.arrayContaining([
        'Agence européenne pour la sécurité maritime',
        'Organisation internationale pour les migrations',
        'Fondation pour la recherche médicale',
      ]),
    );
  });

  it('leaves a time, a pronoun and a role’s remit to the sentence', () => {
    const text = `La Commission européenne pour la première fois a parlé. La Cour des comptes pour la financer a écrit
à Jeanne Morvan. Le haut représentant de l’Union pour les affaires étrangères est venu.`;
    const shown = names(entitiesOf(text, 'fr'));
    expect(shown).toContain('Commission européenne');
    expect(shown).toContain('Cour des comptes');
    expect(shown.some((n) => n.includes('pour'))).toBe(false);
  });

  it('keeps a party’s cause after « Union pour un/une », not a duration or an amount', () => {
    const text = `Il a présidé l’Union pour une gauche populaire, puis quitté l’Union pour un mouvement démocratique en 2012.
La Commission européenne pour une durée de deux ans a prêté à Jeanne Morvan. La Cour des comptes pour un
montant record a écrit.`;
    const shown = names(entitiesOf(text, 'fr'));
    expect(shown).toEqual(
      expect.arrayContaining(['Union pour une gauche populaire', 'Union pour un mouvement démocratique']),
    );
    expect(shown).toContain('Commission européenne');
    expect(shown.filter((n) => n.includes('pour')).length).toBe(2);
  });
});

describe('a French body closed by its region or ended by a verb', () => {
  it('keeps a region written right after the complete name', () => {
    const text = `Du côté de l’Agence de l’eau Loire-Bretagne, on reconnaît le retard.
L’Agence régionale de santé Auvergne-Rhône-Alpes alerte. La Cour des comptes Jean-Paul Lévêque, lui, se tait.`;
    const shown = names(entitiesOf(text, 'fr'));
    expect(shown).toContain('Agence de l’eau Loire-Bretagne');
    expect(shown).toContain('Agence régionale de santé Auvergne-Rhône-Alpes');
    expect(shown).toContain('Cour des comptes');
  });

  it('stops before a verb that looks like an adjective', () => {
    const text = `L’Organisation mondiale de la santé rappelle que le virus circule. Lucie Brenner approuve.`;
    expect(names(entitiesOf(text, 'fr'))).toContain('Organisation mondiale de la santé');
  });

  it('reads a cooperative as a body', () => {
    const text = `Les réserves sont portées par la Coopérative de l’eau des Marennes, selon Paul Ravin.`;
    const es = entitiesOf(text, 'fr');
    expect(find(es, 'Coopérative de l’eau des Marennes')?.type).toBe('organization');
  });
});

describe('a prosecutor’s office written in lower case', () => {
  it('names the office with its town', () => {
    const text = `Une enquête a été ouverte par le parquet de Valmont et confiée à la police. Le parquet général de
Douai a fait appel, selon Anne Roux.`;
    const shown = names(entitiesOf(text, 'fr'));
    expect(shown).toContain('parquet de Valmont');
    expect(shown).toContain('parquet général de Douai');
  });
});

describe('a port or an academy with its adjectives and its town', () => {
  it('names the body whole and leaves the town its own mentions', () => {
    const text = `Le Grand Port maritime de Nantes a suspendu ses activités lundi. Selon le Grand Port maritime de
Nantes, les quais rouvriront. À Nantes, les dockers attendent. Lina Vercors a étudié à l’Académie royale des
beaux-arts de Corvigny avant de rentrer.`;
    const es = entitiesOf(text, 'fr');
    expect(find(es, 'Grand Port maritime de Nantes')?.count).toBe(2);
    expect(find(es, 'Nantes')?.count).toBe(1);
    expect(names(es)).toContain('Académie royale des beaux-arts de Corvigny');
  });
});

describe('French events named by their kind, an adjective and what they are of', () => {
  it('keeps the adjective, the complements and the place in one name', () => {
    const es = entitiesOf(
      `En 1990, Paul Roussel crée l'Open international du Haut-Vernois, qui se tient chaque été. Le jury du
Festival international du film de Vernay a primé Anne Morel. Le Salon national de l'apiculture, à Vernay,
attire mille visiteurs. Le Festival de Marlieu commence mardi.`,
      'fr',
    );
    expect(names(es)).toEqual(
      expect.arrayContaining([
        'Open international du Haut-Vernois',
        'Festival international du film de Vernay',
        "Salon national de l'apiculture",
        'Festival de Marlieu',
      ]),
    );
    expect(find(es, 'Haut-Vernois')).toBeUndefined();
  });

  it('leaves the name alone where its end is unclear or no complement follows', () => {
    const es = entitiesOf(
      `Le Festival international du court métrage de Vernay ouvre. Le Salon international de l'apiculture ouvre
samedi. Le Tournoi national reprend, dit Paul Roussel. Les athlètes des Jeux olympiques de Vernay sont
rentrés, et les Jeux olympiques reviennent dans quatre ans.`,
      'fr',
    );
    // An edition of the Games is the Games the text names alone too.
    expect(names(es)).toContain('Jeux olympiques');
    expect(names(es).some((n) => n.startsWith('Jeux olympiques de'))).toBe(false);
    expect(names(es).some((n) => n.startsWith('Festival international du court'))).toBe(false);
    expect(names(es).some((n) => n.startsWith('Salon international'))).toBe(false);
    expect(names(es).some((n) => n.startsWith('Tournoi national'))).toBe(false);
  });
});

describe('a faculty or a department named by its remit', () => {
  it('keeps the lower-case remit: « Faculté des sciences de l’administration », « Département des langues »', () => {
    const es = entitiesOf(
      `Le doyen de la Faculté des sciences de l’administration et la Faculté de droit, de science politique et de
criminologie ont signé un accord avec le Département des langues anciennes, a dit Léa Marin. La Faculté a
ensuite publié un avis, et Léa Marin l’a salué.`,
      'fr',
    );
    expect(names(es)).toEqual(
      expect.arrayContaining([
        'Faculté des sciences de l’administration',
        'Faculté de droit, de science politique et de criminologie',
        'Département des langues anciennes',
      ]),
    );
    // The head alone is the name's short form, never an entity of its own.
    expect(names(es)).not.toContain('Faculté');
  });

  it('reads « d’administration » after an adjective as the remit, not right after the head', () => {
    const es = entitiesOf(
      `Elle sort de l’École nationale d’administration, selon Léa Marin. Le Conseil d’administration de la
Banque de Savoie a voté lundi, et Léa Marin a voté contre.`,
      'fr',
    );
    expect(find(es, 'École nationale d’administration')).toBeDefined();
    expect(find(es, 'Conseil d’administration de la Banque de Savoie')).toBeUndefined();
  });
});

describe('the branch of insurance after « assurance », written as an adjective', () => {
  it('keeps « automobile » and « maladie » and the closing place in the body’s name', () => {
    const es = entitiesOf(
      'La Société de l’assurance automobile de Valmonde confirme un incident. La Caisse nationale d’assurance maladie a répondu.',
      'fr',
    );
    expect(names(es)).toContain('Société de l’assurance automobile de Valmonde');
    expect(names(es)).toContain('Caisse nationale d’assurance maladie');
  });
});

describe('an agreement named after the town where it was signed', () => {
  it('gives « accord de Doha » and « accords d’Oslo », not the towns; a company after « accord de » stays', () => {
    const es = entitiesOf(
      'Le ministre veut sauver l’accord de Doha. Les accords d’Oslo restent une référence. Un accord de Korvane avec Lyon est signé.',
      'fr',
    );
    expect(names(es)).toContain('accord de Doha');
    expect(names(es)).toContain('accords d’Oslo');
    expect(names(es)).not.toContain('Doha');
    expect(names(es)).not.toContain('accord de Korvane');
  });
});
