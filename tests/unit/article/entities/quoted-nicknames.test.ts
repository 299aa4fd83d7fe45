import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a nickname quoted between given name and surname', () => {
  it('is one person with the nickname and the surname alone', () => {
    const es = entitiesOf(
      `Le joueur Lucas « Korvo » Ambrelin a brillé dimanche. Korvo a été élu meilleur joueur, et Ambrelin a remercié
son équipe. Son coéquipier Théo « brisk » Valmont a aussi gagné.`,
      'fr',
    );
    const lucas = find(es, 'Lucas « Korvo » Ambrelin');
    expect(lucas?.type).toBe('person');
    expect(lucas?.count).toBe(3);
    expect(names(es)).not.toContain('Korvo');
    expect(names(es)).toContain('Théo « brisk » Valmont');
  });

  it('reads straight quotes as a nickname’s only where they hug it', () => {
    const es = entitiesOf(
      'Dan "Vexo" Marlowe won, and Vexo was happy. Dubbed "Rosewood" or "Velvet Anna" by fans, she rose.',
      'en',
    );
    expect(names(es)).toContain('Dan "Vexo" Marlowe');
    expect(names(es).some((n) => n.includes('" or "'))).toBe(false);
  });

  it('leaves a body’s head and a quoted word after it', () => {
    const es = entitiesOf(
      `Le Conseil « Ressources » Nordique a voté mardi. Le conseil a ensuite levé la séance.`,
      'fr',
    );
    expect(names(es).some((n) => n.includes('«'))).toBe(false);
  });
});
