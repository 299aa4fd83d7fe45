import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('an acronym alone and its one branch named with a place', () => {
  it('joins the acronym to the branch', () => {
    const es = entitiesOf(
      `L’ARS Normandie appelle à la vaccination. L’ARS s’inquiète d’une couverture en recul. Selon l’ARS, le pic approche.`,
      'fr',
    );
    expect(names(es).filter((n) => /ARS/.test(n))).toHaveLength(1);
    expect(find(es, 'ARS Normandie')).toBeDefined();
  });

  it('leaves the acronym alone when two branches are named', () => {
    const es = entitiesOf(
      `Le CHU de Caen sature, le CHU de Rouen aussi. Le CHU a fermé des lits depuis 2019.`,
      'fr',
    );
    expect(find(es, 'CHU de Caen')?.variants).not.toContain('CHU');
    expect(find(es, 'CHU de Rouen')?.variants).not.toContain('CHU');
  });

  it('does not join a brand to a product line named after it', () => {
    const es = entitiesOf(`La SNCF lance SNCF Connect. La SNCF est en grève jeudi.`, 'fr');
    expect(find(es, 'SNCF')?.variants).not.toContain('SNCF Connect');
  });
});
