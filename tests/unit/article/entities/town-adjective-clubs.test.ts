import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a French club named by its town’s adjective', () => {
  it('keeps the adjective: « Stade toulousain » is no « Stade »', () => {
    const es = entitiesOf(
      `Le Stade montois a battu l’Olympique nîmois samedi soir. Le Stade montois reste invaincu à domicile, et
l’Olympique nîmois recule au classement, selon son entraîneur, Paul Garnier.`,
      'fr',
    );
    expect(names(es)).toContain('Stade montois');
    expect(names(es)).toContain('Olympique nîmois');
    expect(names(es)).not.toContain('Stade');
  });

  it('leaves a lower-case word that is no adjective out', () => {
    const es = entitiesOf(
      `Le Stade toujours plein a vibré samedi soir devant Paul Garnier. Le Stade reste le cœur de la ville de Mont.`,
      'fr',
    );
    expect(names(es)).not.toContain('Stade toujours');
  });
});
