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
});
