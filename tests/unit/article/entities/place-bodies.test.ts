import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus): a body named after a place is its own entity, and
// the place keeps only its own mentions.
describe('a body named after a place', () => {
  it('reads "the Diocese of Arnley" whole, not as its town', () => {
    const es =
      entitiesOf(`The Diocese of Arnley says the cathedral will reopen in May. A spokesman for the Diocese
      of Arnley said repairs were needed, and the Diocese of Arnley thanked Arnley residents for their patience.`);
    expect(find(es, 'Diocese of Arnley')?.count).toBe(3);
    expect(find(es, 'Diocese')).toBeUndefined();
  });

  it('joins a known place whose name holds "and", and keeps two places listed with "and" apart', () => {
    const es = entitiesOf(
      'Storms hit Trinidad and Tobago on Monday, and the Trinidad and Tobago Electricity Commission cut power. ' +
        'Leaders of Bosnia and Herzegovina sent help, as did France and Germany.',
    );
    expect(find(es, 'Trinidad and Tobago')?.count).toBe(1);
    expect(find(es, 'Trinidad and Tobago Electricity Commission')).toBeDefined();
    expect(find(es, 'Bosnia and Herzegovina')).toBeDefined();
    expect(find(es, 'Trinidad')).toBeUndefined();
    expect(find(es, 'France')).toBeDefined();
    expect(find(es, 'Germany')).toBeDefined();
  });

  it('shows « Ville de Corvigny », not the « Ville » that stands for it', () => {
    const es = entitiesOf(
      `La Ville de Corvigny a promis une aide aux commerçants. La Ville de Corvigny versera 2 000 euros. La Ville
      et la chambre de commerce ont signé un accord, selon Paul Ravin.`,
      'fr',
    );
    expect(names(es)).toContain('Ville de Corvigny');
    expect(names(es)).not.toContain('Ville');
  });

  it('keeps a town written after « Ville de » apart from a body named after it', () => {
    const es = entitiesOf(
      `La Ville de Corvigny a promis une aide aux commerçants. Le maire de Corvigny a salué l’accord. La Ville et
      Promotion Corvigny ont signé un accord. Les élus de Corvigny sont satisfaits, selon Paul Ravin.`,
      'fr',
    );
    expect(find(es, 'Corvigny')?.count).toBe(2);
    expect(find(es, 'Promotion Corvigny')?.count).toBe(1);
  });

  it('types « la Ville de X » as the municipality, a body, and the town named alone as a place', () => {
    const es = entitiesOf(
      `La subvention de la Ville de Corvigny augmente. Les commerces de Corvigny et ceux d’Arnay en profitent, à
      Corvigny comme à Arnay, et la Ville d’Arnay a suivi, selon Paul Ravin. La Ville de Corvigny versera 2 000 euros ;
      la Ville garantit aussi le prêt.`,
      'fr',
    );
    expect(find(es, 'Ville de Corvigny')?.type).toBe('organization');
    expect(find(es, 'Ville d’Arnay')?.type ?? find(es, "Ville d'Arnay")?.type).toBe('organization');
    expect(find(es, 'Corvigny')?.type).toBe('place');
  });

  it('types « la Région X » as the regional council, and a capitalised « Région » opening a sentence as nothing', () => {
    const es = entitiesOf(
      `Le chantier sera financé par la Région Val d’Arnay et par l’État, selon Paul Ravin. La Région Val d’Arnay a voté
      l’aide lundi. Région la plus touchée, la Corvignie attend.`,
      'fr',
    );
    expect(find(es, 'Région Val d’Arnay')?.type ?? find(es, "Région Val d'Arnay")?.type).toBe('organization');
    expect(names(es).some((n) => n.startsWith('Région la'))).toBe(false);
  });
});
