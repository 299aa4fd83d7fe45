import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('an acronym of four letters heading a French name', () => {
  it('keeps its second word inside a line', () => {
    const es = entitiesOf(
      `Les travaux ont été annoncés jeudi par KORT Réseau. Selon KORT Réseau, la ligne fermera trois week-ends.
Le directeur de KORT Réseau, Paul Martin, a répondu aux élus de Lille.`,
      'fr',
    );
    expect(names(es)).toContain('KORT Réseau');
    expect(names(es)).not.toContain('Réseau');
  });

  it('leaves a dateline at a line’s start and a role before a person apart', () => {
    const es = entitiesOf(
      `LILLE Martine Aubry a visité jeudi le chantier de la gare avec des élus.
Le chantier est suivi par la KORT Directrice Anne Vidal, qui a salué Martine Aubry à Lille.`,
      'fr',
    );
    expect(names(es)).not.toContain('LILLE Martine');
    expect(names(es)).not.toContain('KORT Directrice Anne Vidal');
  });
});
