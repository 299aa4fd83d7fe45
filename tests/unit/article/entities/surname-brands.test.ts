import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a surname that is a known company name', () => {
  it('joins "Dell" to "Marcus Dell" where the text writes it as a person', () => {
    const es =
      entitiesOf(`Running back Marcus Dell scored twice on Sunday. "I was happy," said Dell, who grew up in
      Ohio. Dell ran for 131 yards.`);
    const person = find(es, 'Marcus Dell');
    expect(person?.variants).toContain('Dell');
    expect(person?.type).toBe('person');
  });

  it('leaves the company apart where nothing says a person', () => {
    const es =
      entitiesOf(`Marcus Dell, an analyst in Ohio, said Dell would cut jobs. Dell, which sells laptops, lost
      money last year.`);
    expect(find(es, 'Marcus Dell')?.variants ?? []).not.toContain('Dell');
  });

  it('leaves the company apart when two people share the surname', () => {
    const es = entitiesOf(
      `Marcus Dell met Michael Dell in Ohio. Dell, who was tired, left early. Dell sells laptops.`,
    );
    expect(find(es, 'Marcus Dell')?.variants ?? []).not.toContain('Dell');
  });
});
