import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string): string | undefined => find(entitiesOf(text, 'en'), name)?.type;

describe('a place word around a name shaped like a person’s', () => {
  it('makes a place of it', () => {
    const town = `A bomb exploded in a market in the coastal town of Bou Keltan, 60 km from the capital, police said.
Bou Keltan has had three such attacks this year.`;
    expect(typeOf(town, 'Bou Keltan')).toBe('place');
    const region = `Talks on the disputed Varno-Kessak region resumed in Geneva. Varno-Kessak has its own parliament.`;
    expect(typeOf(region, 'Varno-Kessak')).toBe('place');
    const towns = `Miners came to work in the mining towns of Orvelsk and Tamrin. Orvelsk is the larger of the two.`;
    expect(typeOf(towns, 'Orvelsk')).toBe('place');
  });

  it('leaves a given name, a count or a state title alone', () => {
    const given = `Officials of the town of Mary Lennox, a suburb, met on Monday. Mary Lennox said she would attend.`;
    expect(typeOf(given, 'Mary Lennox')).not.toBe('place');
    const count = `Le comte de Casa Varela est nommé capitaine-général. Le comte de Casa Varela part demain.`;
    expect(find(entitiesOf(count, 'fr'), 'Casa Varela')?.type).not.toBe('place');
    const title = `Ana Patton won the 200 yard Individual Medley state title. Her Individual Medley time was a record.`;
    expect(typeOf(title, 'Individual Medley')).not.toBe('place');
  });
});

describe('a place word in a name', () => {
  it('makes a place of a place word and its complement', () => {
    const text = `The Republic of Varnia beat the Orland side 2-0. The Republic of Varnia host Kelby next month, and the
Federal Republic of Ostria will watch.`;
    expect(typeOf(text, 'Republic of Varnia')).toBe('place');
    expect(typeOf(text, 'Federal Republic of Ostria')).toBe('place');
  });

  it('leaves a body opened by its own word a body', () => {
    const text = `The University of Varnia opened a campus. The University of Varnia has 9,000 students.`;
    expect(typeOf(text, 'University of Varnia')).toBe('organization');
  });
});

describe('a direction before a nationality word', () => {
  it('is a people’s adjective, no place', () => {
    const text = `South Korean officials met North American buyers on Monday. South Korean exports rose, and North
American demand held.`;
    expect(typeOf(text, 'South Korean')).not.toBe('place');
    expect(typeOf(text, 'North American')).not.toBe('place');
  });
});

describe('a bearing taken from a place', () => {
  it('types a town named after "south of" or « au nord de » as a place', () => {
    const en = entitiesOf(
      `A landslip south of Dunmarrow closed the line on Monday. Dunmarrow residents waited for buses. Network Rail said buses would run.`,
    );
    expect(find(en, 'Dunmarrow')?.type).toBe('place');
    const fr = entitiesOf(
      `L’avion s’est posé à 300 kilomètres au nord de Tasikavik. Tasikavik dénonce une humiliation. Le gouvernement a réagi.`,
      'fr',
    );
    expect(find(fr, 'Tasikavik')?.type).toBe('place');
  });
});

describe('a town’s kind, its area or its residents around an unknown name', () => {
  it('makes a place of it', () => {
    const township = `The township of Orvane voted in July. Orvane council agreed, said Tom Price.`;
    expect(typeOf(township, 'Orvane')).toBe('place');
    const area = `The vote in the Orvane area was close, said Ana Ruiz. It will go to Orvane.`;
    expect(typeOf(area, 'Orvane')).toBe('place');
    const ward = `Water in the Hoodi ward is short, said Ana Ruiz. Tankers reached Hoodi late.`;
    expect(typeOf(ward, 'Hoodi')).toBe('place');
    const residents = `Tanker prices worry Kelvara's residents, said Ana Ruiz. The tankers serve Kelvara first.`;
    expect(typeOf(residents, 'Kelvara')).toBe('place');
  });

  it('knows a large city by its current name', () => {
    const text = `Bengaluru faces a water cut this week, the board said. Bengaluru will get 200 tankers.`;
    expect(typeOf(text, 'Bengaluru')).toBe('place');
  });
});
