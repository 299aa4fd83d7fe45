import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('bodies named by a head noun and its complement (Spanish, Portuguese, Italian)', () => {
  it('keeps a body named once inside a sentence, whole, as an organisation', () => {
    const es = entitiesOf(
      `El caso llegó el martes a la Fiscalía del Estado de Durango, que abrió una carpeta contra Luis Orozco.`,
      'es',
    );
    expect(find(es, 'Fiscalía del Estado de Durango')?.type).toBe('organization');
  });

  it('joins a complement through a contracted article', () => {
    const es = entitiesOf(
      `A presidente da Ordem dos Engenheiros criticou a Direção Executiva do SNS num comunicado enviado ontem.`,
      'pt',
    );
    expect(names(es)).toEqual(expect.arrayContaining(['Ordem dos Engenheiros', 'Direção Executiva do SNS']));
  });

  it('keeps a capitalised common noun opening a sentence out', () => {
    const es = entitiesOf(
      `Ministerio y gobierno discutieron el plan. Teatro, cine y música recibirán ayudas.`,
      'es',
    );
    expect(names(es)).toHaveLength(0);
  });

  it('joins a shorter name of a body to the one longer name it opens', () => {
    const es = entitiesOf(
      `La Comisión de Hacienda del Senado votó el lunes. Según la Comisión de Hacienda, el texto llegará al pleno.`,
      'es',
    );
    expect(find(es, 'Comisión de Hacienda del Senado')?.count).toBe(2);
  });
});

describe('a work and its maker', () => {
  it('ends a name before a particle that opens a person’s full name', () => {
    const es = entitiesOf(
      `Stasera va in scena il Falstaff di Giuseppe Verdi, diretto da Carla Ronchi. Il Falstaff chiude la stagione.`,
      'it',
    );
    expect(names(es)).toContain('Giuseppe Verdi');
    expect(names(es).some((n) => n.includes('Falstaff di'))).toBe(false);
  });
});

describe('a heading shouted', () => {
  it('is no acronym when the word never stands inside a sentence', () => {
    const es = entitiesOf(
      `El Herediano ganó 2-0 en casa ante el Cartaginés.\n\nGOLES\n\n1-0: Ramiro Solano al 12'.\n\nGoles\n\n2-0: Ramiro Solano al 80'. La CCSS y la FIFA elogiaron al árbitro; la CCSS pagó el viaje.`,
      'es',
    );
    expect(names(es)).not.toContain('GOLES');
    expect(names(es)).not.toContain('Goles');
    expect(names(es)).toContain('CCSS');
  });
});

describe('German bodies named with their remit', () => {
  it('keeps "für" and the remit in the name, as an organisation', () => {
    const es = entitiesOf(
      `Gefördert wird das Projekt vom Bundesministerium für Bildung und Forschung. Beteiligt ist das Kieler Institut für Meeresbiologie.`,
      'de',
    );
    expect(find(es, 'Bundesministerium für Bildung und Forschung')?.type).toBe('organization');
    expect(names(es)).toContain('Kieler Institut für Meeresbiologie');
  });

  it('keeps a phrase with "für" that no body heads out', () => {
    const es = entitiesOf(
      `Mehr Geld für Bildung fordern die Eltern. Die Schulen brauchen Zeit für Reformen.`,
      'de',
    );
    expect(names(es)).toHaveLength(0);
  });
});
