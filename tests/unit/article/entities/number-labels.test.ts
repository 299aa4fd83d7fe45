import { describe, expect, it } from 'vitest';
import { isNumberLabel } from '@/utils/article/entities/number-labels';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a number with a label that names no one', () => {
  it('leaves out a year with its era and a play’s act, keeps the names around them', () => {
    const shown = names(
      entitiesOf(`The Corvan fort was held between AD 90 and AD 250, and a ditch was dug in 300 BC, said Orla
Dunmore. In the mad scene of Act 3, Kit Harlan sang well. The manhunt of Act 3 is long, Orla Dunmore said.`),
    );
    expect(shown.some((n) => /\d/.test(n))).toBe(false);
    expect(shown).toContain('Orla Dunmore');
    expect(shown).toContain('Kit Harlan');
  });

  it('tells labels from names with a number', () => {
    for (const s of ['AD 250', 'AD 1066', '300 BC', '44 BCE', 'Act 3', 'Act III', 'Scene 2'])
      expect(isNumberLabel(s)).toBe(true);
    for (const s of ['Apollo 11', 'Expo 86', 'ADA 250', 'Active 3', 'Actor 3'])
      expect(isNumberLabel(s)).toBe(false);
  });
});

describe('a temperature', () => {
  it('is no name: "46.1C"', () => {
    const shown = names(
      entitiesOf(
        `Penrith hits 46.1C as the grid strains, said Orla Dunmore. Penrith Lakes reached 46.1C at noon.`,
      ),
    );
    expect(shown.some((n) => /\d/.test(n))).toBe(false);
    expect(shown).toContain('Penrith Lakes');
  });
});
