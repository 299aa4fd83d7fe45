import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a body named by two words joined by "and"', () => {
  it('keeps "the Harbours and Fisheries Committee" whole', () => {
    const shown = names(
      entitiesOf(`The chair of the Harbours and Fisheries Committee, Wenna Polglase, wrote to ministers on Monday.
      Polglase said the Harbours and Fisheries Committee would meet again.`),
    );
    expect(shown).toContain('Harbours and Fisheries Committee');
    expect(shown).not.toContain('Fisheries Committee');
  });

  it('keeps a local service opened by its area whole, without "the"', () => {
    const shown = names(
      entitiesOf(`North Yorkshire Flood and Rescue Service said crews were called at dawn. Crews from Selby joined.
      Wenna Polglase thanked North Yorkshire Flood and Rescue Service on Friday.`),
    );
    expect(shown).toContain('North Yorkshire Flood and Rescue Service');
    expect(shown).not.toContain('Rescue Service');
  });

  it('leaves two names after a place apart when no body closes the second', () => {
    const shown = names(
      entitiesOf(
        `Devon Hartley and Mina Cole met in Leeds. Hartley and Cole said York Minster and Selby Abbey were full.`,
      ),
    );
    expect(shown).toContain('Selby Abbey');
    expect(shown.some((n) => n.includes(' and '))).toBe(false);
  });

  it('leaves a known place and a body apart', () => {
    const shown = names(
      entitiesOf(`Talks between the France and Caribbean Commission ended on Monday, and the Caribbean Commission
      said France had left.`),
    );
    expect(shown).not.toContain('France and Caribbean Commission');
  });
});

describe('a body whose complement or own name goes on after "and"', () => {
  const text = `The US Harbour and Ferry Administration on Tuesday closed the pier, the HFA said. Dr. Lina Vasquez leads
    the HFA's Center for Tide Studies and Forecasting. The Office of Coastal Planning and Budget agreed, and the
    Bureau of Ports and Canals did too. Officials at the Department of Justice and Google met.`;

  it('keeps the name whole and joins the acronym of its own words', () => {
    const es = entitiesOf(text);
    const shown = names(es);
    expect(shown).toContain('Center for Tide Studies and Forecasting');
    expect(shown).toContain('Office of Coastal Planning and Budget');
    expect(shown).toContain('Bureau of Ports and Canals');
    const agency = es.find((e) => e.text === 'HFA' || e.text === 'US Harbour and Ferry Administration');
    expect([agency?.text, ...(agency?.variants ?? [])]).toEqual(
      expect.arrayContaining(['HFA', 'US Harbour and Ferry Administration']),
    );
  });

  it('leaves a known body after "and" apart', () => {
    expect(names(entitiesOf(text))).not.toContain('Department of Justice and Google');
  });

  it('leaves an acronym before "and" apart', () => {
    const shown = names(
      entitiesOf(`The RENT and Housing Trust schemes were pitched as a way to raise money. The Housing Trust said the
      RENT scheme would start in May.`),
    );
    expect(shown).not.toContain('RENT and Housing Trust');
  });
});

describe('a chamber committee opened by two words before "and"', () => {
  it('keeps "the Senate Harbours and Fisheries Committee" whole', () => {
    const shown = names(
      entitiesOf(`The Senate Harbours and Fisheries Committee met on Monday. Wenna Polglase told the Senate Harbours
      and Fisheries Committee that quotas would fall.`),
    );
    expect(shown).toContain('Senate Harbours and Fisheries Committee');
    expect(shown).not.toContain('Fisheries Committee');
  });

  it('leaves a known place of two words and a body apart', () => {
    const shown = names(
      entitiesOf(`Ministers from the New Zealand and Pacific Commission talks left early. The Pacific Commission
      said New Zealand would return.`),
    );
    expect(shown).not.toContain('New Zealand and Pacific Commission');
  });
});
