import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a party quoted in passing', () => {
  it('ranks after the body and the people who act', () => {
    const text = `La Région Normandie a voté jeudi la gratuité des cars scolaires. Le Rassemblement national dénonce
« une mesure électoraliste ». La vice-présidente chargée des transports, Claire Dantec, a défendu une aide aux
familles, qui économiseront 300 euros par an. Le Rassemblement national n’a pas proposé d’amendement. La mesure
entrera en vigueur en septembre, a précisé Claire Dantec.`;
    const es = entitiesOf(text, 'fr', 'Cars scolaires gratuits en Normandie');
    const at = (n: string): number => names(es).indexOf(n);
    expect(at('Rassemblement national')).toBeGreaterThan(at('Claire Dantec'));
  });

  it('keeps a party the article keeps naming', () => {
    const text = `Le Rassemblement national a réuni son bureau lundi. Le Rassemblement national veut changer de
président, et le Rassemblement national votera en juin. Jordan Vasseur, délégué, a confirmé la date.`;
    const es = entitiesOf(text, 'fr', 'Le bureau se réunit');
    expect(names(es)[0]).toBe('Rassemblement national');
  });

  it('ranks a party named only as a label after the bill and the people who act', () => {
    const text = `The Rural Broadband Act cleared committee on Tuesday. Tabled by Dana Kerrigan, the Conservative MP for
Westbrook, it drew support from 30 Liberal backbenchers. The Rural Broadband Act would fund towers in remote towns.
A Conservative amendment on costs failed. Kerrigan said the Rural Broadband Act was "long overdue". Liberal MPs
mostly stayed silent. The Conservative caucus will meet on Friday.`;
    const es = entitiesOf(text, 'en', 'Broadband bill clears committee');
    const at = (n: string): number => names(es).indexOf(n);
    expect(at('Conservative')).toBeGreaterThan(at('Dana Kerrigan'));
    expect(at('Conservative')).toBeGreaterThan(at('Rural Broadband Act'));
  });

  it('keeps a party that acts, named as often', () => {
    const text = `The Rural Broadband Act cleared committee on Tuesday. The Conservatives said the towers cost too
much. The Conservatives voted against it. Dana Kerrigan tabled the Rural Broadband Act in May. The Conservatives
will try again. The Conservatives have asked for a review.`;
    const es = entitiesOf(text, 'en', 'Broadband bill clears committee');
    expect(names(es).slice(0, 2)).toContain('Conservatives');
  });

  it('keeps a party that owns its spokesperson’s words, and not one only labelling people', () => {
    const text = (
      own: string,
    ): string => `The Rural Broadband Act cleared committee on Tuesday. ${own} transport
spokesperson, Dana Kerrigan, said the towers cost too much. Eoin Marsh, a Fianna Fáil councillor, agreed. Kerrigan said
the Rural Broadband Act was late. The Fianna Fáil leader, Ann Brady, will meet Marsh on Friday.`;
    const at = (own: string, n: string): number =>
      names(entitiesOf(text(own), 'en', 'Broadband bill clears committee')).indexOf(n);
    expect(at("Fianna Fáil's", 'Fianna Fáil')).toBeLessThan(at("Fianna Fáil's", 'Dana Kerrigan'));
    expect(at('The Fianna Fáil', 'Fianna Fáil')).toBeGreaterThan(at('The Fianna Fáil', 'Dana Kerrigan'));
  });
});

describe('well-known parties are bodies', () => {
  it('types Irish parties whose last word reads like a surname as organisations', () => {
    const text = `Fianna Fáil said the plan would cost too much. Its leader, Micheál Martin, spoke on Tuesday. Sinn Féin
disagreed, and Sinn Féin said so again on Wednesday. Fine Gael abstained.`;
    const types = Object.fromEntries(
      entitiesOf(text, 'en', 'Parties split on the plan').map((e) => [e.text, e.type]),
    );
    expect(types['Fianna Fáil']).toBe('organization');
    expect(types['Sinn Féin']).toBe('organization');
    expect(types['Fine Gael']).toBe('organization');
    expect(types['Micheál Martin']).toBe('person');
  });
});
