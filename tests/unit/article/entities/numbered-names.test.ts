import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('roads and charts named with a number', () => {
  const text = `Crews closed State Route 58 near Dunmore on Friday after a crash. Traffic on Interstate 9 was slow, and the song entered the Billboard Hot 100 the same week. Drivers on State Route 58 were diverted. The Tarvel 300 laptop, sold by Tarvel, costs less.`;

  it('keeps the number in the name the first time it is written', () => {
    const es = entitiesOf(text);
    expect(find(es, 'Interstate 9')).toBeDefined();
    expect(find(es, 'Billboard Hot 100')).toBeDefined();
  });

  it('types a numbered road as a place, not a product', () => {
    const es = entitiesOf(text);
    expect(find(es, 'State Route 58')?.type).toBe('place');
    expect(find(es, 'Billboard Hot 100')?.type).not.toBe('product');
  });
});

describe('districts and wards named with a number', () => {
  const text = `Voters in District 4 will choose a council member in May, the Orvale election office said. Ward 3
residents asked for a recount. The seat for District 4 has been vacant since March, and Ward 3 has a new polling
station. Mayor Dina Castellane said Legislative District 12 would vote in June.`;

  it('keeps the number and types the area as a place, not a product', () => {
    const es = entitiesOf(text);
    expect(find(es, 'District 4')?.type).toBe('place');
    expect(find(es, 'Ward 3')?.type).toBe('place');
    expect(find(es, 'District')).toBeUndefined();
  });
});

describe('a union local and its number', () => {
  it('keeps the number written once and types the local as a body', () => {
    const text = `Marta Olvido spent three decades with the Harbour Cooks Union Local 318, the largest union in the port,
before she retired. The Harbour Cooks Union later grew.`;
    const es = entitiesOf(text);
    expect(find(es, 'Harbour Cooks Union Local 318')?.type).toBe('organization');
    expect(find(es, 'Harbour Cooks Union Local')).toBeUndefined();
  });
});

describe('a model counted by an indefinite article', () => {
  it('keeps the number of "an Ariel 7 rocket" and « une Ariel 7 », though written once', () => {
    const en = entitiesOf('The probe lifted off aboard an Ariel 7 rocket from Kourou, said Wenna Polglase.');
    expect(find(en, 'Ariel 7')).toBeDefined();
    const fr = entitiesOf(
      'La sonde doit décoller depuis Kourou à bord d’une Ariel 7, selon Paul Meyer.',
      'fr',
    );
    expect(find(fr, 'Ariel 7')).toBeDefined();
  });

  it('leaves a name and a count after it apart', () => {
    const es = entitiesOf('Wenna Polglase scored 7 points as Kelvor beat Drummore on Friday night.');
    expect(find(es, 'Wenna Polglase 7')).toBeUndefined();
  });
});
