import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a French court or council written in lower case before its place', () => {
  it('is named whole', () => {
    const text = `La cour d'assises de la Drôme a condamné jeudi Loïc Verdier. Son avocat a saisi la cour d'appel de
Grenoble. Le conseil municipal de Valence a observé une minute de silence, et le tribunal correctionnel de
Valence jugera un complice.`;
    const shown = names(entitiesOf(text, 'fr'));
    expect(shown).toContain("cour d'assises de la Drôme");
    expect(shown).toContain("cour d'appel de Grenoble");
    expect(shown).toContain('conseil municipal de Valence');
    expect(shown).toContain('tribunal correctionnel de Valence');
  });
  it('leaves the place alone without a kind of court', () => {
    const text = 'Le maire de Valence a reçu Loïc Verdier, venu du conseil de quartier. Valence est en fête.';
    expect(names(entitiesOf(text, 'fr'))).toContain('Valence');
  });
});

describe('a regional council', () => {
  it('joins the region written as its body', () => {
    const text = `La Région Bretagne financera la ligne. Le conseil régional de Bretagne a voté mardi, a annoncé
Yannick Le Goff.`;
    const council = find(entitiesOf(text, 'fr'), 'Région Bretagne');
    expect(council?.variants.concat(council.text)).toContain('conseil régional de Bretagne');
  });
});

it('reads « tribunal des activités économiques de Lyon » whole, the new commercial court', () => {
  const es = entitiesOf(
    `Le tribunal des activités économiques de Lyon a prononcé la liquidation de l’enseigne Maison Vardel.`,
    'fr',
  );
  expect(names(es)).toContain('tribunal des activités économiques de Lyon');
});

describe('a water agency, a national park or a nature reserve written in lower case', () => {
  it('keeps its head, not the basin or place alone', () => {
    const text = `Le schéma que prépare l'agence de l'eau Seine-Picardie doit fixer des débits minimaux. Les gardes du
parc national des Aiguilles et de la réserve naturelle du Marais-Brûlé comptent les oiseaux.`;
    const shown = names(entitiesOf(text, 'fr'));
    expect(shown).toContain("agence de l'eau Seine-Picardie");
    expect(shown).toContain('parc national des Aiguilles');
    expect(shown).toContain('réserve naturelle du Marais-Brûlé');
    expect(shown).not.toContain('Seine-Picardie');
  });
});
