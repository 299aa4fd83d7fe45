import { describe, expect, it } from 'vitest';
import { nominativeAfterDes, nominativeName } from '@/utils/article/entities/german-declension';

// Names written for these tests (not taken from any corpus).

describe('German: a name opened by adjectives is shown as written alone', () => {
  it('gives the adjectives the ending of the noun’s gender, and the noun its nominative', () => {
    expect(nominativeName('Europäischen Kommission')).toBe('Europäische Kommission');
    expect(nominativeName('Deutsche Bundestag')).toBe('Deutscher Bundestag');
    expect(nominativeName('Deutschen Gärtnerverbandes')).toBe('Deutscher Gärtnerverband');
    expect(nominativeName('Deutsche Rote Kreuz')).toBe('Deutsches Rotes Kreuz');
    expect(nominativeName('Olympischen Spielen')).toBe('Olympische Spiele');
    expect(nominativeName('Bayerischen Instituts für Bodenkunde')).toBe(
      'Bayerisches Institut für Bodenkunde',
    );
  });

  it('leaves a nominative, a town’s adjective, a noun of unknown gender and other words as they are', () => {
    for (const n of [
      'Deutsche Bank',
      'Leipziger Messe',
      'Fischer Stiftung',
      'Deutsche Wohnen',
      'Anna Berger',
    ])
      expect(nominativeName(n)).toBe(n);
  });
});

describe('German: a body after "des" is shown as written alone', () => {
  it('drops the genitive of a noun of known gender before its place', () => {
    expect(nominativeAfterDes('Landgerichts Kassel')).toBe('Landgericht Kassel');
    expect(nominativeAfterDes('Kantons Uri')).toBe('Kanton Uri');
    expect(nominativeAfterDes('Bundesamts für Wetter')).toBe('Bundesamt für Wetter');
    for (const n of ['Deutschen Instituts', 'Reuters Berlin', 'Kassel', 'Stiftung Warentest'])
      expect(nominativeAfterDes(n)).toBe(n);
  });
});
