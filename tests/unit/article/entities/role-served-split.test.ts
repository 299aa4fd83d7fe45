import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('what a lower-case role serves, then its holder', () => {
  it('ends before the holder’s given name and surname', () => {
    const text = `« Ce texte ne règle rien », explique la députée de Haute-Vienne Solène Marchetti. Le maire de
Valbonne-sur-Lys Julien Castagnet a voté contre, comme le directeur d'Omnivalis Thierry Besnard.`;
    const shown = names(entitiesOf(text, 'fr'));
    for (const n of ['Solène Marchetti', 'Julien Castagnet', 'Thierry Besnard', 'Haute-Vienne'])
      expect(shown).toContain(n);
    expect(shown.some((n) => /Vienne Solène|Lys Julien|Omnivalis Thierry/.test(n))).toBe(false);
  });

  it('ends a portfolio after « de l’ » before its minister', () => {
    const text = `Le Conseil d'Orvalle a voté le budget. La ministre de l'Intérieur Élodie Ferrand a appelé à le
rejeter. Élodie Ferrand reviendra en mars devant le Conseil d'Orvalle.`;
    const es = entitiesOf(text, 'fr');
    expect(es.find((e) => e.text === 'Élodie Ferrand')?.count).toBe(2);
    expect(names(es).some((n) => /Intérieur/.test(n))).toBe(false);
  });

  it('reaches the role across its party before the seat', () => {
    const text = `Le texte, défendu par la sénatrice Les Centristes (LC) de l'Aveyron Anne-Sophie Ribot, a été
adopté. « Rien n'est réglé », a lancé le député écologiste du Morbihan Pierre Le Floch, dont le groupe s'est abstenu.`;
    const shown = names(entitiesOf(text, 'fr'));
    for (const n of ['Anne-Sophie Ribot', 'Pierre Le Floch']) expect(shown).toContain(n);
    expect(shown.some((n) => /Aveyron Anne|Morbihan Pierre/.test(n))).toBe(false);
  });

  it('keeps a body named after a person when no role serves it', () => {
    const text = `Le lycée Jean Moulin de Lyon a fermé. Le lycée Jean Moulin rouvrira en septembre.`;
    expect(names(entitiesOf(text, 'fr'))).toContain('Jean Moulin');
  });

  it('leaves a capitalised title before a name alone', () => {
    const text = `Le Président de Gaulle Marie Lambert fut un café célèbre. Marie Lambert le tenait.`;
    expect(names(entitiesOf(text, 'fr'))).not.toContain('Gaulle');
  });
});
