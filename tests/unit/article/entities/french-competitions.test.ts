import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('French competitions written with lower-case words', () => {
  it('reads « Coupe du monde », « Ligue des champions » and « Jeux olympiques » whole', () => {
    const es = entitiesOf(
      `Samedi, Lorient a joué un match amical avant la Coupe du monde de handball. La Coupe du monde
commence en janvier. Le club rêve de Ligue des champions, et deux joueurs iront aux Jeux olympiques (JO) ;
les JO ouvrent en juillet.`,
      'fr',
    );
    expect(find(es, 'Coupe du monde')?.count).toBe(2);
    expect(names(es)).toContain('Ligue des champions');
    const jo = find(es, 'JO');
    expect([jo?.text, ...(jo?.variants ?? [])]).toContain('Jeux olympiques');
    expect(names(es)).not.toContain('Coupe du monde de handball');
  });
});
