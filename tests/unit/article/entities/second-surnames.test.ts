import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a full name with and without its second surname', () => {
  it('joins a Spanish name to the one longer name that adds a surname', () => {
    const es = entitiesOf(
      `La jueza Marta Elena Quiroga Benítez dictó la sentencia el lunes. Según el tribunal, Marta Elena Quiroga
actuó sola. El abogado Tomás Ibarra Sosa anunció un recurso y Tomás Ibarra pidió la nulidad del juicio.`,
      'es',
    );
    expect(find(es, 'Marta Elena Quiroga Benítez')?.variants).toContain('Marta Elena Quiroga');
    expect(find(es, 'Tomás Ibarra Sosa')?.variants).toContain('Tomás Ibarra');
    expect(names(es)).not.toContain('Tomás Ibarra');
  });

  it('types four words opened by two given names as a person', () => {
    const es = entitiesOf(
      `La fiscal Marta Elena Quiroga Benítez abrió la investigación. Marta Elena Quiroga Benítez habló el lunes.`,
      'es',
    );
    expect(find(es, 'Marta Elena Quiroga Benítez')?.type).toBe('person');
  });

  it('keeps apart given names alone, and a name two longer names open', () => {
    const es = entitiesOf(
      `Juan Carlos llegó tarde. Juan Carlos Mendaro Ruiz firmó el acuerdo. Tomás Ibarra Sosa y Tomás Ibarra Paz
son primos; Tomás Ibarra no quiso hablar con la prensa.`,
      'es',
    );
    expect(find(es, 'Juan Carlos Mendaro Ruiz')?.variants ?? []).not.toContain('Juan Carlos');
    expect(find(es, 'Tomás Ibarra Sosa')?.variants ?? []).not.toContain('Tomás Ibarra');
    expect(find(es, 'Tomás Ibarra Paz')?.variants ?? []).not.toContain('Tomás Ibarra');
  });
});

describe('where nouns take capitals', () => {
  it('ends a person split off a noun where the text writes the name alone', () => {
    const es = entitiesOf(
      `Tomas Lemoine: Neues Video\n\nIn seinem Video verbindet der Radprofi Tomas Lemoine Musik und Sport.`,
      'de',
    );
    expect(names(es)).toContain('Tomas Lemoine');
    expect(names(es)).not.toContain('Tomas Lemoine Musik');
  });
});

describe('names only, a person called by the first surname', () => {
  it('keeps a full name whose first surname the text then uses alone', () => {
    const es = entitiesOf(
      `La consellera Núria Ferrando Puig ha presentat el pla. Segons Ferrando, les reserves són baixes. Ferrando va
demanar calma.`,
      'ca',
    );
    expect(names(es)).toContain('Núria Ferrando Puig');
  });

  it('does not take a body and a person written together for one name', () => {
    const es = entitiesOf(
      `El diputado de Unidad Vecinal Diego Roldán pidió la palabra. Roldán criticó al gobierno y Roldán votó en contra.`,
      'es',
    );
    expect(names(es)).not.toContain('Unidad Vecinal Diego Roldán');
  });
});
