import { describe, expect, it } from 'vitest';
import { isTownAdjective } from '@/utils/article/entities/town-adjective-clubs';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a French club named by its town’s adjective, then by the town', () => {
  it('joins « Brest » to « Stade brestois » in a match report', () => {
    const es = entitiesOf(
      `Le Stade brestois a battu Lorient samedi. Brest mène 2-0 à la pause, puis Brest gère la fin de match.
Yann Morvan a marqué deux fois.`,
      'fr',
    );
    const e = find(es, 'Stade brestois');
    expect([e?.text, ...(e?.variants ?? [])]).toContain('Brest');
    // The town names the side: the club is no place.
    expect(e?.type).not.toBe('place');
  });

  it('leaves the town apart where the article sets things there', () => {
    const es = entitiesOf(
      `Le Stade brestois construit un centre à Brest. À Brest, la mairie a donné son accord; Brest paiera.`,
      'fr',
    );
    expect(find(es, 'Stade brestois')?.variants ?? []).not.toContain('Brest');
  });

  it('reads a town’s adjective by its ending and the town’s letters', () => {
    expect(isTownAdjective('toulousain', 'toulouse')).toBe(true);
    expect(isTownAdjective('lyonnais', 'lyon')).toBe(true);
    expect(isTownAdjective('nantais', 'nantes')).toBe(true);
    expect(isTownAdjective('lensois', 'lyon')).toBe(false);
    expect(isTownAdjective('rennais', 'reims')).toBe(false);
  });
});

describe('a name written each time with its town’s adjective', () => {
  it('is one name, a body’s: « l’Échiquier saint-varentais »', () => {
    const es = entitiesOf(
      `Il a fondé le club de l’Échiquier saint-varentais en 1990, a dit Léa Marin. Cette saison,
l’Échiquier saint-varentais monte en Nationale 2.`,
      'fr',
    );
    expect(find(es, 'Échiquier saint-varentais')?.type).toBe('organization');
    expect(find(es, 'Échiquier')).toBeUndefined();
  });

  it('leaves a name written once without the adjective, a title and a common adjective as they were', () => {
    const es = entitiesOf(
      `L’Échiquier saint-varentais gagne, a dit Léa Marin. L’Échiquier perd ensuite. Le Président américain
arrive, et le Président américain repart. Le Sommet prochain aura lieu à Rome, et le Sommet prochain sera long.`,
      'fr',
    );
    expect(find(es, 'Échiquier saint-varentais')).toBeUndefined();
    expect(es.some((e) => e.text === 'Président américain' || e.text === 'Sommet prochain')).toBe(false);
  });
});
