import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('French names opened by a capitalised article', () => {
  it('keeps « Le » in a surname and a title, and joins the forms of one name', () => {
    const es = entitiesOf(
      `Jeudi, Jean-Marie Le Gall a visité Nantes. Selon Le Gall, rien ne change. Mme Le Gall a répondu dans
Le Courrier du Rhône. Le Courrier du Rhône a publié l’entretien samedi.`,
      'fr',
    );
    expect(find(es, 'Jean-Marie Le Gall')?.count).toBe(3);
    expect(find(es, 'Jean-Marie Le Gall')?.variants).toContain('Le Gall');
    expect(names(es)).not.toContain('Gall');
    expect(find(es, 'Le Courrier du Rhône')?.count).toBe(2);
  });

  it('keeps the article opening a sentence when the text reads the same name inside one', () => {
    const es = entitiesOf(
      `Jeudi, selon Mme Le Gall, le port restera fermé. Le Gall a promis une réponse. Le Port de Brest attend.`,
      'fr',
    );
    expect(find(es, 'Le Gall')?.count).toBe(2);
    expect(find(es, 'Le Gall')?.variants).not.toContain('Gall');
    expect(names(es)).not.toContain('Le Port');
  });

  it('leaves the article out before a place, a nationality or a name written alone elsewhere', () => {
    const es = entitiesOf(
      `Le coureur est arrivé au Tessin La France attend sa venue. Le Belge Karel Wouters a gagné à Lugano.
Hier, Le Tour de Vaud est parti de Morges ; le Tour de Vaud finit dimanche. Elle publie aussi Le Vent Du
Large, son premier roman.`,
      'fr',
    );
    expect(names(es).some((n) => /^(?:Le|La) /.test(n))).toBe(false);
    expect(names(es)).toContain('Karel Wouters');
    expect(find(es, 'Tour de Vaud')?.count).toBe(2);
  });
});

describe('a kin word before « de »', () => {
  it('is no title: the name after it keeps no particle; a title still takes one', () => {
    const es = entitiesOf(
      'Il sied à l’auguste père de Dona Maria II de rompre. Les sujets de Dona Maria trouveront refuge. Le général de Vernay est venu, et de Vernay a parlé.',
      'fr',
    );
    expect(names(es)).toContain('Dona Maria II');
    expect(names(es).some((n) => /^de Dona/.test(n))).toBe(false);
    expect(names(es).some((n) => /de Vernay/.test(n))).toBe(true);
  });
});

describe('an English paper named with its capitalised article', () => {
  it('keeps "The" in "The Lantern" written so inside sentences', () => {
    const es =
      entitiesOf(`The studio is cutting 200 jobs, according to The Lantern. Disney declined to comment to
      The Lantern on Tuesday, and staff in Burbank were told on a call.`);
    expect(find(es, 'The Lantern')).toBeDefined();
    expect(names(es)).not.toContain('Lantern');
  });

  it('leaves "the" out before a longer name or after a capital', () => {
    const es = entitiesOf(
      `Students read The Standard Book of Spells. Harry Potter read The Standard Book of Spells too.`,
    );
    expect(names(es).join(' ')).not.toContain('The Standard');
  });

  it('leaves "the" out before a name the text writes alone too', () => {
    const es = entitiesOf(
      `Fans met at The Forge in Leeds. The Forge is a venue. Forge owners said it would close.`,
    );
    expect(names(es)).not.toContain('The Forge');
  });
});

describe('a French particle opening a name', () => {
  it('keeps "Des" and "Du" in English and « De » in French when the text never writes the rest alone', () => {
    const en = entitiesOf(`She grew up in Des Moines, Iowa, and studied Du Bois at college. Later she left Des
      Moines for Chicago, where Du Bois was read widely.`);
    expect(names(en)).toContain('Des Moines');
    expect(names(en)).not.toContain('Moines');
    expect(names(en)).toContain('Du Bois');
    const fr = entitiesOf('Le général De Gaulle est venu à Lyon. Selon De Gaulle, la ville compte.', 'fr');
    expect(names(fr)).toContain('De Gaulle');
    expect(names(fr)).not.toContain('Gaulle');
  });

  it('leaves the particle out before a word the text writes alone', () => {
    const es = entitiesOf(
      'Le journal cite la revue De Vries et Vries a répondu. Selon Vries, la revue De Vries ment.',
      'fr',
    );
    expect(names(es).some((n) => n.startsWith('De '))).toBe(false);
  });
});
