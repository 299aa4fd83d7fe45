import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a storm named at the start of a sentence', () => {
  it('keeps its kind ("Storm Odalys", though "storm" is written in lower case too)', () => {
    const es = entitiesOf(`Storm Odalys, the fourth named storm of the winter, closed two ports on Sunday.
      Hurricane Bertil weakened over the sea. Forecasters said the storm would pass by Monday.`);
    expect(find(es, 'Storm Odalys')?.type).toBe('other');
    expect(find(es, 'Hurricane Bertil')).toBeDefined();
    expect(names(es)).not.toContain('Odalys');
  });

  it('leaves a storm word before a common word alone ("Storm damage")', () => {
    const shown = names(
      entitiesOf('Storm damage closed the road. The storm passed by noon, said Aoife Brennan.'),
    );
    expect(shown.some((n) => n.startsWith('Storm'))).toBe(false);
  });

  it('names a French storm with its lower-case kind, and its name alone as the same storm', () => {
    const es = entitiesOf(
      `En cause : l’ouragan Odalys, qui a dévasté les îles fin octobre. Odalys a coûté cher aux assureurs, a
indiqué Paul Le Roux.`,
      'fr',
    );
    expect(find(es, 'ouragan Odalys')?.type).toBe('other');
    expect(find(es, 'ouragan Odalys')?.count).toBe(2);
    expect(names(es)).not.toContain('Odalys');
  });

  it('leaves the kind out when no name follows it (« la tempête a duré »)', () => {
    const shown = names(entitiesOf('La tempête a duré deux jours à Brest, a indiqué Paul Le Roux.', 'fr'));
    expect(shown.some((n) => n.startsWith('tempête'))).toBe(false);
  });
});
