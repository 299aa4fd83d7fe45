import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('the order a reader expects', () => {
  it('puts what the title and the lead name first, credits and passing mentions last', () => {
    const text = `Photo: Getty Images
Harbour authority Portvale fined the shipping line Kestrel Lines on Monday for polluting the bay.
Portvale said Kestrel Lines had ignored three warnings. The fine, a record, follows a complaint from Gullhaven,
a fishing town nearby. Kestrel Lines will appeal, its lawyer Tom Brandt said in Oslo. Portvale officials said the
bay was recovering. Credit Getty Images`;
    const es = entitiesOf(text, 'en', 'Portvale fines Kestrel Lines over bay pollution');
    expect(names(es).slice(0, 2).sort()).toEqual(['Kestrel Lines', 'Portvale']);
    expect(names(es).indexOf('Getty Images')).toBeGreaterThan(names(es).indexOf('Gullhaven'));
  });

  it('never opens the list with a nationality word', () => {
    const text = `American officials and American diplomats met in Rome. The American side said Rome was helpful.
American experts will return to Rome, said Clara Benn. Benn works in Geneva.`;
    const es = entitiesOf(text);
    expect(names(es)[0]).not.toBe('American');
  });
});

describe('the title names an entity by its short form', () => {
  it('counts a surname or an institution’s head word in the title for the full name', () => {
    const text = `Le projet de loi a été adopté mardi par les députés. L’Assemblée nationale l’examinait depuis mars, et la
Commission des finances l’avait amendé. Le texte ira ensuite au Sénat. Jeanne Morvan, rapporteure, s’en félicite.
Le Conseil d’Etat avait rendu un avis. La Commission des finances reprendra le texte, et la Commission des
finances publiera son rapport.`;
    const without = names(entitiesOf(text, 'fr'));
    const withTitle = names(
      entitiesOf(text, 'fr', 'Le projet de loi approuvé à l’Assemblée, Morvan satisfaite'),
    );
    expect(withTitle.indexOf('Assemblée nationale')).toBeLessThan(without.indexOf('Assemblée nationale'));
    expect(withTitle.indexOf('Jeanne Morvan')).toBeLessThan(without.indexOf('Jeanne Morvan'));
  });
});

describe('places in parentheses', () => {
  it('counts a country after an athlete in a results list fully, an agency in parentheses little', () => {
    const text = `Results of the women's sprint in Lunden on Sunday:
1. Mara Keel ( Norway ) 11.02
2. Ilse Dorn ( Austria ) 11.10
3. Pia Lund ( Norway ) 11.15
4. Ada Ross ( Norway ) 11.20
5. Gwen Hale ( Austria ) 11.31
LUNDEN (Reuters) - Keel won again. (Reuters) Keel said she felt fine. (Reuters)`;
    const es = entitiesOf(text);
    expect(names(es).indexOf('Norway')).toBeLessThan(names(es).indexOf('Reuters'));
    expect(names(es).indexOf('Norway')).toBeLessThan(names(es).indexOf('Lunden'));
    expect(names(es).indexOf('Austria')).toBeLessThan(names(es).indexOf('Ilse Dorn'));
  });
});

describe('photo credits', () => {
  // Texts written for these tests (not taken from any corpus).
  it('trims "File Photo" from a credit and counts the credit little', () => {
    const text = `Residents queue at a new clinic in Tarvik. (Photo Credit : KNA File Photo ) The clinic in Tarvik was
licensed last year, and officials from Brennholt checked it twice, said Mira Holt.`;
    const order = names(entitiesOf(text));
    expect(order).not.toContain('KNA File Photo');
    expect(order.indexOf('Mira Holt')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('KNA')).toBeGreaterThan(order.indexOf('Mira Holt'));
  });
});
