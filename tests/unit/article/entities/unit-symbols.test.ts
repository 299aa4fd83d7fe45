import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a prefixed unit symbol after a number', () => {
  it('is no name: "60 kW DC", "7.2 kW AC"', () => {
    const es =
      entitiesOf(`The Tarrow hatch supports 60 kW DC fast charging, said Kestrel Motors. A 7.2 kW AC wall box
      comes with it, Kestrel Motors said.`);
    expect(es.some((e) => e.text.startsWith('kW'))).toBe(false);
    expect(find(es, 'Kestrel Motors')).toBeDefined();
  });
});

describe("a dollar's country after its sign or unit", () => {
  it('is no place: « 0,86 $ US », « 48,6 cents US »; the country named otherwise stays', () => {
    const es = entitiesOf(
      `Le bénéfice de Norvia atteint 0,86 $ US par action, et la marge 48,6 cents US le gallon, a dit Léa Marin.
      Norvia vise 5 $ US par action.`,
      'fr',
    );
    expect(find(es, 'US')).toBeUndefined();
    const kept = entitiesOf(
      `Norvia a ouvert 40 magasins aux US et au Canada, a dit Léa Marin. Norvia vise les US.`,
      'fr',
    );
    expect(find(kept, 'US')).toBeDefined();
  });
});
