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
