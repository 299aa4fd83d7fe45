import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe("a craft's acronym with its serial number", () => {
  it('joins the name it stands for', () => {
    const text = `The agency placed its Ocean Survey Craft-2 (OSC-2) satellite in orbit on Monday. OSC-2 carries three
instruments, and OSC-2 data will be shared with Chile.`;
    const craft = find(entitiesOf(text), 'OSC-2');
    expect([craft?.text, ...(craft?.variants ?? [])]).toContain('Ocean Survey Craft-2');
  });
});

describe('an acronym spelling the kind of craft in another language', () => {
  it('joins the name after « télescope » and is no person', () => {
    const text = `Les mesures ont été faites avec le télescope spatial Henri Lestrade (HLST), selon Léa Morin. Le HLST a
observé l'étoile trois fois, et le HLST reprendra ses mesures en mai.`;
    const scope = find(entitiesOf(text, 'fr'), 'HLST');
    expect([scope?.text, ...(scope?.variants ?? [])]).toContain('Henri Lestrade');
    expect(scope?.type).not.toBe('person');
  });
  it('leaves an airport code after its city apart', () => {
    const text = 'Flights leave Los Angeles (LAX) daily for Boise. LAX is busy, and Los Angeles is hot.';
    const city = find(entitiesOf(text), 'Los Angeles');
    expect(city?.variants ?? []).not.toContain('LAX');
  });
});

describe('an acronym whose digit stands for a small word', () => {
  it('is defined by the words in brackets before it ("4" for "for")', () => {
    const es = entitiesOf(
      `Funds go through the agency Tidal Works for Energy (TW4E), based in Vigo. TW4E said it would pay.`,
    );
    const body = find(es, 'TW4E');
    expect(body?.text).toBe('Tidal Works for Energy');
  });
});
