import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string): string | undefined => find(entitiesOf(text, 'en'), name)?.type;

describe('an acronym that acts or awards', () => {
  it('is a body when it is the subject of a reporting verb or of a body’s act', () => {
    const said = `Talks resumed in Velmora on Monday. The KVP said the vote should wait.
Observers expect the KVP to win in the north.`;
    expect(typeOf(said, 'KVP')).toBe('organization');
    const issued = `Bond markets were quiet. OBTK issued a 200 million crown bond on Tuesday.
Dealers said OBTK paid a small premium.`;
    expect(typeOf(issued, 'OBTK')).toBe('organization');
    const had = `The RPM had urged its members to stay home. Turnout was low where the RPM is strong.`;
    expect(typeOf(had, 'RPM')).toBe('organization');
  });

  it('is a body when its people follow it or it takes a plural verb', () => {
    const people = `Border checks were tightened. TVAO agents found 200 kilos of cocaine, and TVAO officials said more
searches would follow.`;
    expect(typeOf(people, 'TVAO')).toBe('organization');
    const plural = `Trains run hourly. KNER are able to carry folding bicycles, and KNER do not charge for them.`;
    expect(typeOf(plural, 'KNER')).toBe('organization');
  });

  it('is a body when it will stream, broadcast or publish', () => {
    const stream = `Fans can watch at home: KTVN will stream the match, and the final is on KTVN too.`;
    expect(typeOf(stream, 'KTVN')).toBe('organization');
    const publish = `The study is out in May. JRMS will publish the trial, which JRMS reviewed twice.`;
    expect(typeOf(publish, 'JRMS')).toBe('organization');
  });

  it('stays untyped when its plural is a common noun’s', () => {
    const text = `DXAs are often unavailable to the public. Most DXAs are in hospitals, where a DXA scan is cheap.`;
    expect(typeOf(text, 'DXA')).not.toBe('organization');
  });

  it('is a body when it awards a title or runs a competition', () => {
    const title = `Dario Velt kept his WBX featherweight title on Saturday. Velt has held the WBX belt since May.`;
    expect(typeOf(title, 'WBX')).toBe('organization');
    const cup = `Norland beat Ostria 2-1 in their CONSUDA semifinal on Sunday. Norland lead the CONSUDA group.`;
    expect(typeOf(cup, 'CONSUDA')).toBe('organization');
  });

  it('stays untyped when it only rises, falls or is counted', () => {
    const index = `Shares rallied in the afternoon. The TQX rose 2 percent and the TQX closed at a record.`;
    expect(typeOf(index, 'TQX')).toBe('other');
    const stat = `He drove in three runs to raise his RBX total to 90. League RBX leader Tom Brask has 102.`;
    expect(typeOf(stat, 'RBX')).toBe('other');
  });

  it('takes the type of the organisation it stands for in brackets, in whatever language it was coined', () => {
    const text = `Rebels of the Popular Liberation Army (EPL) attacked two towns. The Popular Liberation Army denied it.
Officials blamed the EPL for the fires. The EPL has about 200 fighters.`;
    expect(typeOf(text, 'EPL')).toBe('organization');
  });

  it('does not take a type from a place before the brackets', () => {
    const text = `Farmers in Norland (NL) harvested early. NL growers sold the crop in Ostria. NL exports rose.`;
    expect(typeOf(text, 'NL')).not.toBe('organization');
  });
});

describe('an acronym that acts in the present or in French', () => {
  // Texts written for these tests (not taken from any corpus).
  it('is a body when it advises, confirms or asks, in English or in French', () => {
    const advises = `Water was cut in Dunmere. The DWQA advises that water should be boiled. Samples go to the DWQA.`;
    expect(typeOf(advises, 'DWQA')).toBe('organization');
    const fr = `Les vols reprennent à Velmont. La DNTR confirme que les retards dureront. La DNTR a demandé un bilan.`;
    expect(find(entitiesOf(fr, 'fr'), 'DNTR')?.type).toBe('organization');
    const negated = `Les analyses sont rassurantes. La CNSQ ne recommande pas de changer de filtre. La CNSQ publiera un avis.`;
    expect(find(entitiesOf(negated, 'fr'), 'CNSQ')?.type).toBe('organization');
  });

  it('stays untyped when a figure moves after it', () => {
    const fr = `Les prix montent à Velmont. La TVQ a augmenté de deux points et la TVQ reste élevée.`;
    expect(find(entitiesOf(fr, 'fr'), 'TVQ')?.type).not.toBe('organization');
  });
});
