import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a barrister’s rank after a full name', () => {
  it('is no part of the name, and the surname joins it', () => {
    const es = entitiesOf(`Prosecuting, Marta Quill KC told the jury. Quill said the emails were clear.`);
    expect(find(es, 'Quill')?.text).toBe('Marta Quill');
    expect(names(es).some((n) => n.endsWith('KC'))).toBe(false);
  });

  it('makes a person of a full name whose given name is unknown', () => {
    const es = entitiesOf(`The hearing resumed. Oisdean van Brakel KC, for the firm, had argued otherwise.`);
    expect(find(es, 'Oisdean van Brakel')?.type).toBe('person');
  });

  it('makes no person of a title split off before the name', () => {
    const es = entitiesOf(`In court, His Honour Judge Alan Brisk KC sentenced the driver to three years.`);
    expect(names(es)).not.toContain('Honour');
  });

  it('leaves a club whose name ends with the same letters', () => {
    expect(names(entitiesOf(`They played Sporting KC on Friday and lost to Sporting KC again.`))).toContain(
      'Sporting KC',
    );
  });
});

describe('common-noun acronyms of finance', () => {
  it('are no names', () => {
    const es = entitiesOf(
      `Deval Credit, an NBFC based in Pune, lends to MSMEs. Deval Credit also sells ETFs.`,
    );
    expect(names(es)).toContain('Deval Credit');
    expect(names(es).some((n) => /^(?:NBFC|MSMEs?|ETFs?)$/.test(n))).toBe(false);
  });
});

describe('the Oscars', () => {
  it('are the Academy Awards, and a lone Oscar is one of them where the article names them so', () => {
    const es = entitiesOf(
      `The film won two Oscars at the Academy Awards in March. An Oscar is rare for a debut.`,
    );
    const awards = find(es, 'Academy Awards');
    expect([awards?.text, ...(awards?.variants ?? [])]).toEqual(
      expect.arrayContaining(['Academy Awards', 'Oscars', 'Oscar']),
    );
  });

  it('leave a person named Oscar alone', () => {
    const es = entitiesOf(
      `Oscar Dellow won the race. Oscar said he was tired. The Academy Awards were held later.`,
    );
    const awards = find(es, 'Academy Awards');
    expect([awards?.text, ...(awards?.variants ?? [])]).not.toContain('Oscar');
  });
});
