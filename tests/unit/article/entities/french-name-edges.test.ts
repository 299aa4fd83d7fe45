import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('« directeur général de X »: the adjective of a role opens no surname', () => {
  it('keeps the body without « de », and « le général de Gaulle » keeps its particle', () => {
    const es = entitiesOf(
      'Le directeur général de Korvane Port, Luc Amiel, a parlé. Le général de Gaulle avait visité le port.',
      'fr',
    );
    expect(names(es)).not.toContain('de Korvane Port');
    expect(find(es, 'Korvane Port')).toBeDefined();
    expect(names(es)).toContain('de Gaulle');
  });
});

describe('a known body after a particle is a name of its own', () => {
  it('parts « Canadair de la Sécurité civile », and leaves « Charles de Gaulle » whole', () => {
    const es = entitiesOf(
      'Trois Canadair de la Sécurité civile ont largué sur le feu. Le préfet a salué la Sécurité civile. Charles de Gaulle parlait déjà des forêts.',
      'fr',
    );
    expect(names(es).some((n) => n.includes('Canadair de'))).toBe(false);
    expect(find(es, 'Sécurité civile')?.type).toBe('organization');
    expect(names(es)).toContain('Charles de Gaulle');
  });
});

describe('a dateline in capitals is shown as the article writes the name', () => {
  it('« LE HAVRE » with « du Havre » is « Le Havre »', () => {
    const es = entitiesOf(
      'LE HAVRE. Les dockers bloquent le port du Havre depuis mardi. Le maire du Havre a demandé le dialogue. Les navires attendent au large.',
      'fr',
    );
    expect(find(es, 'Le Havre')).toBeDefined();
    expect(names(es)).not.toContain('LE HAVRE');
  });

  it('keeps a name in capitals when no mixed-case form of it is written', () => {
    const es = entitiesOf('KORVANE PORT said on Monday it would hire. KORVANE PORT has 300 staff.', 'en');
    expect(names(es)).not.toContain('Korvane Port');
  });
});

describe('French competitions and prizes named by their kind first', () => {
  it('« Coupe Volpi » listed after a person is no person', () => {
    const es = entitiesOf(
      'Claire Morel, Coupe Volpi\n\nLe film repart avec la Coupe Volpi pour Claire Morel, qui a remercié Paul Arnaud. La Coupe Volpi récompense une actrice.',
      'fr',
    );
    expect(find(es, 'Coupe Volpi')?.type).not.toBe('person');
    expect(find(es, 'Claire Morel')?.type).toBe('person');
  });
});

describe('a craft named after a person', () => {
  it('« le télescope spatial James Webb » is no person', () => {
    const es = entitiesOf(
      'Les données du télescope spatial James Webb ont surpris. Grâce au télescope James Webb, Claire Morel a vu une planète.',
      'fr',
    );
    expect(find(es, 'James Webb')?.type).not.toBe('person');
  });
});

describe('a newsroom credit opens no name', () => {
  it('« Rédaction Var-matin » gives no person « Rédaction Var »', () => {
    const es = entitiesOf(
      'Rédaction Var-matin — Paru le 22/07/2026\n\nLe feu a brûlé 200 hectares près de Vidauban.',
      'fr',
    );
    expect(names(es).some((n) => n.startsWith('Rédaction'))).toBe(false);
  });
});

describe('regions named by a compass point', () => {
  it('« Europe du Nord » is a place', () => {
    const es = entitiesOf(
      "Les ports d'Europe du Nord attirent les armateurs, et l'Europe du Nord investit.",
      'fr',
    );
    expect(find(es, 'Europe du Nord')?.type).toBe('place');
  });
});

describe('a French regional dateline: the town and its département in brackets', () => {
  it('types both as places', () => {
    const es = entitiesOf(
      'Korvanne (Morbihan). Le feu a détruit un hangar. Les pompiers de Korvanne sont restés sur place, et le Morbihan a envoyé des renforts.',
      'fr',
    );
    expect(find(es, 'Korvanne')?.type).toBe('place');
  });

  it('leaves a name in brackets inside a sentence as it was', () => {
    const es = entitiesOf('Le groupe Korvanne (Morbihan) a recruté. Korvanne emploie 300 salariés.', 'fr');
    expect(find(es, 'Korvanne')?.type).not.toBe('place');
  });
});

describe('« justice » in lower case is the common noun, not a judge’s title', () => {
  it('gives the town of « palais de justice de Marvejac », and « Justice Corlan » stays a person', () => {
    const es = entitiesOf(
      'Le procès s’est tenu au palais de justice de Marvejac. Les avocats sont venus de Marvejac et de Lyon.',
      'fr',
    );
    expect(names(es)).not.toContain('de Marvejac');
    expect(find(es, 'Marvejac')).toBeDefined();
    const en = entitiesOf('The ruling was written by Justice Corlan. Corlan said the law was clear.', 'en');
    expect(find(en, 'Corlan')?.type).toBe('person');
  });
});

describe('a first name and its surname’s initial (« Kévin M., 34 ans »)', () => {
  it('keeps the initial when no name follows its full stop, and « M. Dupuisel » stays Monsieur', () => {
    const es = entitiesOf(
      'Le chef du réseau, Mathéo M., 34 ans, a nié. Le témoin, M. Dupuisel, a parlé du réseau.',
      'fr',
    );
    expect(find(es, 'Mathéo M')?.type).toBe('person');
    expect(names(es)).not.toContain('M. Dupuisel');
    expect(find(es, 'Dupuisel')).toBeDefined();
  });
});

describe('a body’s complement goes on with the landmark it names', () => {
  it('« la Cour d’honneur du palais des Papes » is one name, « la Cour d’honneur » alone stays', () => {
    const es = entitiesOf(
      'Le public a rempli la Cour d’honneur du palais des Papes mardi. La veille, la Cour d’honneur était vide.',
      'fr',
    );
    expect(names(es)).toContain('Cour d’honneur du palais des Papes');
    expect(names(es)).not.toContain('Cour d’honneur du palais');
  });

  it('leaves a person after the complement apart', () => {
    const es = entitiesOf('La Cour d’honneur du palais de Jean Moulin a été rénovée par Paul Arnaud.', 'fr');
    expect(names(es).some((n) => n.includes('Jean Moulin') && n.includes('Cour'))).toBe(false);
  });
});

describe('given names that are also a rocket’s or unknown to the lists', () => {
  it('« Ariane Martel » and « Zaha Korvan » are people', () => {
    const es = entitiesOf(
      'Le retour d’Ariane Martel et du Théâtre du Vent est annoncé. La tour a été dessinée par Zaha Korvan à Lyon.',
      'fr',
    );
    expect(find(es, 'Ariane Martel')?.type).toBe('person');
    expect(find(es, 'Zaha Korvan')?.type).toBe('person');
  });

  it('« Yassin B. », a given name and an initial, is a person the press keeps anonymous', () => {
    const es = entitiesOf('Le procès de Yassin B. s’ouvre à Liège. L’avocat de Yassin B. a plaidé.', 'fr');
    expect(find(es, 'Yassin B')?.type).toBe('person');
  });
});
