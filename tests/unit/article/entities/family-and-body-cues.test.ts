import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('A word opening one member’s name, where a family is named, is that member’s given name', () => {
  it('joins "Tavon" to "Tavon Ekwueme" beside "Maria Ekwueme", and no "Dogs" family', () => {
    const es = entitiesOf(
      `Tavon Ekwueme, 19, was hurt in March. “Tavon is strong,” said Maria Ekwueme, his mother. Friends say
Tavon will be back. The shelter trains Guide Dogs and Rescue Dogs; Rescue volunteers help.`,
    );
    expect(find(es, 'Tavon Ekwueme')?.count).toBe(3);
    expect(names(es)).not.toContain('Tavon');
    expect(find(es, 'Rescue Dogs')?.count ?? 1).toBe(1);
  });
});

describe('The kind of body or its head before a name outweighs a place word closing it', () => {
  it('types « le fonds Orvane Green City » and « le directeur de Bresle Port » as bodies', () => {
    const es = entitiesOf(
      `La levée est menée par le fonds Orvane Green City. « Le trafic baisse », a déploré le directeur
de Bresle Port, Alain Morel.`,
      'fr',
    );
    expect(find(es, 'Orvane Green City')?.type).toBe('organization');
    expect(find(es, 'Bresle Port')?.type).toBe('organization');
  });

  it('leaves a town after its mayor a place', () => {
    const es = entitiesOf(
      `Le maire de Saint-Brevin, Paul Guénec, a parlé. Saint-Brevin attend la décision.`,
      'fr',
    );
    expect(find(es, 'Saint-Brevin')?.type).not.toBe('organization');
  });
});
