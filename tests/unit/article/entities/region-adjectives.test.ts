import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a known region written with its adjective in lower case', () => {
  it('keeps the adjective and types the region a place', () => {
    const es = entitiesOf(
      `Les libraires de Suisse romande sont inquiets. En Suisse romande, les ventes baissent. L’Europe centrale résiste.`,
      'fr',
    );
    expect(find(es, 'Suisse romande')?.type).toBe('place');
    expect(find(es, 'Europe centrale')?.type).toBe('place');
    expect(names(es)).not.toContain('Suisse');
  });

  it('leaves a sentence’s article before a common noun', () => {
    const es = entitiesOf(
      `La réunion a duré trois heures. Une réunion de plus. La Réunion est une île.`,
      'fr',
    );
    expect(names(es).some((n) => n === 'La réunion')).toBe(false);
  });
});

describe('a body named after a person', () => {
  it('keeps its capitalised head before the person’s name', () => {
    const es = entitiesOf(
      `Une équipe de l’Institut Lucien Marvaud a mené l’étude. Lucien Marvaud, biologiste, est mort en 1976.`,
      'fr',
    );
    expect(names(es)).toContain('Institut Lucien Marvaud');
    expect(find(es, 'Lucien Marvaud')?.type).toBe('person');
  });
});
