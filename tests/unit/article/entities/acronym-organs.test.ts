import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('"the" before an acronym and an organ’s head', () => {
  it('names the organ whole, apart from the body', () => {
    const es = entitiesOf(
      `The KORVA Council, which brings together the seven members, met on Tuesday. KORVA is being built in Spain.
KORVA said costs would rise.`,
    );
    expect(find(es, 'KORVA Council')).toBeDefined();
    expect(find(es, 'KORVA')?.text).toBe('KORVA');
  });

  it('leaves a role before a person', () => {
    const shown = names(entitiesOf(`On Monday the KORVA Board Chair Ann Pell spoke.`));
    expect(shown.some((n) => n.startsWith('KORVA Board'))).toBe(false);
  });
});
