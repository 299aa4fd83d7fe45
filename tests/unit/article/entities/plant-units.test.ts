import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a numbered part of a plant', () => {
  it('counts as a mention of the plant where the text names it whole', () => {
    const es =
      entitiesOf(`Orla Dunmore asked why a unit at Tarrowby Power Station tripped. The grid operator said the
trip of Tarrowby Unit 3 at noon caused the outage, and Orla Dunmore agreed.`);
    expect(find(es, 'Tarrowby Power Station')?.count).toBe(2);
    expect(names(es).some((n) => n.startsWith('Tarrowby Unit'))).toBe(false);
  });

  it('stays where the plant has no other name in the text', () => {
    const shown = names(
      entitiesOf(
        'The trip of Tarrowby Unit 3 at noon caused the outage, said Orla Dunmore, and Orla Dunmore was right.',
      ),
    );
    expect(shown.some((n) => n.startsWith('Tarrowby'))).toBe(true);
  });
});
