import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('"and" between two whole names', () => {
  it('lists "Kettle Ventures" and "Brindle Capital"', () => {
    const es = entitiesOf(`The round drew money from Kettle Ventures and Brindle Capital, the company said.`);
    expect(find(es, 'Kettle Ventures')).toBeDefined();
    expect(find(es, 'Brindle Capital')).toBeDefined();
  });

  it('lists a hospital and a cathedral', () => {
    const es = entitiesOf(`Patients were moved to St Ode's Hospital and Marrow Hill Cathedral on Friday.`);
    expect(find(es, "St Ode's Hospital")).toBeDefined();
    expect(es.some((e) => e.text.includes(' and '))).toBe(false);
  });

  it('keeps one body named with "and"', () => {
    const es = entitiesOf(
      `The Securities and Exchange Commission fined the firm. The Energy and Commerce Committee met.`,
    );
    expect(find(es, 'Securities and Exchange Commission')).toBeDefined();
    expect(find(es, 'Energy and Commerce Committee')).toBeDefined();
  });
});
