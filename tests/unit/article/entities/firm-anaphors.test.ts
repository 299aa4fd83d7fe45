import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string): string | undefined => find(entitiesOf(text, 'en'), name)?.type;

describe('a two-word name the text calls a firm', () => {
  it('is a body when "the airline" or "the company" refers to it, or its goods follow it', () => {
    const airline = `Vael Tirrin cancelled 40 flights on Monday. The airline said Vael Tirrin would refund passengers.`;
    expect(typeOf(airline, 'Vael Tirrin')).toBe('organization');
    const goods = `Kosta Ubrane launched a new e-reader on Tuesday. Shops said Kosta Ubrane devices sell out fast.`;
    expect(typeOf(goods, 'Kosta Ubrane')).toBe('organization');
    const itself = `Vael Tirrin said it was rebooking customers. The airline has cancelled 40 flights to Paris.`;
    expect(typeOf(itself, 'Vael Tirrin')).toBe('organization');
  });

  it('is a body when "the party" opens the next sentence', () => {
    const party = `Dalra Múin said it would back the bill. The party has 38 seats in the chamber.`;
    expect(typeOf(party, 'Dalra Múin')).toBe('organization');
  });

  it('keeps a person whom a pronoun, a role or a surname alone follows', () => {
    const pronoun = `Vael Tirrin joined on Monday. The company said Vael Tirrin would lead it, and she agreed.`;
    expect(typeOf(pronoun, 'Vael Tirrin')).toBe('person');
    const surname = `Vael Tirrin joined on Monday. The company said Vael Tirrin would lead it. Tirrin said yes.`;
    expect(typeOf(surname, 'Vael Tirrin')).toBe('person');
    const role = `The chief executive, Vael Tirrin, spoke on Monday. The company said Vael Tirrin would stay.`;
    expect(typeOf(role, 'Vael Tirrin')).toBe('person');
  });

  it('keeps a person who speaks of "the company" after the name', () => {
    const text = `Vael Tirrin said the company would grow. Vael Tirrin said it twice.`;
    expect(typeOf(text, 'Vael Tirrin')).toBe('person');
  });

  it('leaves a heading whose last word the text writes in lower case', () => {
    const text = `Korvex, a cloud service, opens today.\nWhat Does Korvex Offer?\nThe company promised a lot, and
the offer is cheap. Fans ask what Korvex Offer means.`;
    expect(typeOf(text, 'Korvex Offer')).not.toBe('organization');
  });

  it('leaves a name when "the company" follows another one nearer to it', () => {
    const text = `Korvex Mandry opened on Monday. Stadia is Kestrel's service, and the company promised a lot.
Korvex Mandry is new.`;
    expect(typeOf(text, 'Korvex Mandry')).not.toBe('organization');
  });

  it('leaves a place the firm acts on, and a person who spoke before the firm', () => {
    const object = `Fog closed two runways on Monday. The airline cancelled its flights to Vael Tirrin.
Flights to Vael Tirrin resume soon.`;
    expect(typeOf(object, 'Vael Tirrin')).not.toBe('organization');
    const spoke = `Vael Tirrin said on Monday that flights were full. The airline said seats were free. Vael Tirrin
said no.`;
    expect(typeOf(spoke, 'Vael Tirrin')).toBe('person');
  });
});
