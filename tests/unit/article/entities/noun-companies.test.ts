import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const named = (text: string, name: string): boolean => find(entitiesOf(text, 'de'), name) !== undefined;

describe('a known company named by a German noun', () => {
  it('is the noun where nothing says company', () => {
    const text = `Die Tänzerin hebt den Arm und dreht sich. Danach nimmt sie den linken Arm zurück. Die Blüten
      leuchten in Gelb, Orange und Rot; Orange ist die häufigste Farbe.`;
    expect(named(text, 'Arm')).toBe(false);
    expect(named(text, 'Orange')).toBe(false);
  });

  it('is the company after a company noun', () => {
    const text = `Der Chiphersteller Arm hat am Montag neue Zahlen vorgelegt. Der Umsatz von Arm stieg um zwölf Prozent.
      Der Mobilfunkanbieter Orange meldete ebenfalls ein Plus; Orange will 2026 mehr investieren.`;
    expect(named(text, 'Arm')).toBe(true);
  });
});
