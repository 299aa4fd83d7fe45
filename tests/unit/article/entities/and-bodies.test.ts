import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

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

describe('"and" between a closed name and one more word, or inside a law\'s title', () => {
  it('lists a firm closed by its head and the one-word name after "and" apart', () => {
    const shown = names(
      entitiesOf(`The round was led by Peak Harbour Partners and Temasek, the startup said. Wenna Polglase said Peak
      Harbour Partners had backed her before, and Temasek joined late.`),
    );
    expect(shown).toContain('Peak Harbour Partners');
    expect(shown.some((n) => n.includes(' and '))).toBe(false);
  });

  it('keeps a closing head joined to a word that heads a place after "and"', () => {
    const shown = names(
      entitiesOf(`The Mariners Museum and Park reopened on Monday. Wenna Polglase said the Mariners Museum and Park
      drew 300 visitors.`),
    );
    expect(shown).toContain('Mariners Museum and Park');
  });

  it('spans the "and" of a bill\'s or a strategy\'s title', () => {
    const shown = names(
      entitiesOf(`The Children's Wellbeing and Schools Bill passed on Monday. Wenna Polglase said the Children's
      Wellbeing and Schools Bill would help, as would the Clean Air and Water Strategy.`),
    );
    expect(shown).toContain("Children's Wellbeing and Schools Bill");
    expect(shown).toContain('Clean Air and Water Strategy');
    for (const piece of ["Children's Wellbeing", 'Schools Bill', 'Clean Air', 'Water Strategy'])
      expect(shown).not.toContain(piece);
  });

  it('spans a longer first half after "the" ("the Hong Kong Human Rights and Democracy Act"), not without it', () => {
    const shown = names(
      entitiesOf(`Senators backed the Port Kessel Human Rights and Democracy Act on Monday. Wenna Polglase said the
      Port Kessel Human Rights and Democracy Act would pass.`),
    );
    expect(shown).toContain('Port Kessel Human Rights and Democracy Act');
    expect(shown).not.toContain('Democracy Act');
    const bare = names(
      entitiesOf(`Wenna Polglase met Lake Orrin Harbour Rights and Democracy Act critics on Monday. Polglase said
      Lake Orrin Harbour Rights and Democracy Act critics would meet again.`),
    );
    expect(bare).not.toContain('Lake Orrin Harbour Rights and Democracy Act');
  });

  it('leaves a place, a body or a person before "and" apart from a title', () => {
    const shown = names(
      entitiesOf(`Anna Polglase and Harbour Safety Bill critics met in Leeds. Polglase said France and Harbour Plan
      talks would go on, and Leeds and Ports Act lawyers agreed.`),
    );
    expect(shown.some((n) => n.includes(' and '))).toBe(false);
  });
});

describe('a body "on" a street', () => {
  it('reads the branch and its street as two names, and keeps a body\'s remit after "on"', () => {
    const shown = names(
      entitiesOf(`The Post Office on Listley Street closed on Monday. Wenna Polglase said the Post Office on Listley
      Street served 300 people. The Joint Committee on Harbour Safety will hear her.`),
    );
    expect(shown).toContain('Post Office');
    expect(shown).toContain('Listley Street');
    expect(shown).not.toContain('Post Office on Listley Street');
    expect(shown).toContain('Joint Committee on Harbour Safety');
  });
});

describe('a local service named for its duties', () => {
  it('reads "Arnshire Fire and Rescue" whole, its area unknown, and no duty alone', () => {
    const es =
      entitiesOf(`Crews from Arnshire Fire and Rescue were sent from Tolley. Arnshire Police closed the road.
      Later Arnshire Fire and Rescue said the blaze was out, and a Fire and Rescue spokesman said crews had left.`);
    expect(find(es, 'Arnshire Fire and Rescue')?.count).toBe(2);
    expect(find(es, 'Arnshire Fire')).toBeUndefined();
    expect(find(es, 'Rescue')).toBeUndefined();
  });
});

describe('a local service named for its duties and a body word', () => {
  it('reads "Arnshire Fire and Rescue Service" whole, its area unknown, at a sentence start or after "from"', () => {
    const es = entitiesOf(`Arnshire Fire and Rescue Service declared a major incident. A pump came from
      Belmshire Fire and Rescue Service, and Arnshire Fire and Rescue Service said the fire was out.`);
    expect(find(es, 'Arnshire Fire and Rescue Service')?.count).toBe(2);
    expect(find(es, 'Belmshire Fire and Rescue Service')?.count).toBe(1);
    expect(find(es, 'Rescue Service')).toBeUndefined();
    expect(find(es, 'Belmshire Fire')).toBeUndefined();
  });

  it('keeps a duty pair that closes no service apart from a name after it', () => {
    const es = entitiesOf('Arnshire Fire and Rescue Harry Tolland said the crews had left.');
    expect(find(es, 'Arnshire Fire and Rescue Harry Tolland')).toBeUndefined();
  });

  it('keeps the area of a local service that opens every sentence it is named in', () => {
    const shown = names(
      entitiesOf(`Carnshire Fire and Rescue Service declared a major incident at noon.

Carnshire Fire and Rescue Service said crews from Tallow were sent, with a pump from Dunmore Fire and Rescue
Service. Wenna Polglase thanked the crews.`),
    );
    expect(shown).toContain('Carnshire Fire and Rescue Service');
    expect(shown).not.toContain('Fire and Rescue Service');
  });
});

describe('a Crown body opened by "HM"', () => {
  it('keeps "HM Revenue and Customs" whole and a body', () => {
    const es =
      entitiesOf(`Bonded stores are subject to HM Revenue and Customs oversight, said Wenna Polglase. Officers
      from HM Revenue and Customs visited the site twice.`);
    expect(find(es, 'HM Revenue and Customs')?.type).toBe('organization');
    expect(names(es)).not.toContain('HM Revenue');
  });
});
