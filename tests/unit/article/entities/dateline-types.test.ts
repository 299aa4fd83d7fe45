import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string): string | undefined => find(entitiesOf(text, 'en'), name)?.type;

describe('the place of a dateline', () => {
  it('is a place, its state or country written after it or not', () => {
    const withState = `FERRIES SAIL AGAIN.
KELMARTON, Oregon 2024-03-02
Ferries sailed again on Saturday after a week of storms, the operator said. The harbour of Kelmarton reopened.`;
    expect(typeOf(withState, 'KELMARTON')).toBe('place');
    const wire = `ROSSAVIK (Wirenews) - The harbour reopened at dawn on Saturday, its mayor said.
Fishing boats left Rossavik before noon.`;
    expect(typeOf(wire, 'ROSSAVIK')).toBe('place');
  });

  it('is not a headline in capitals that goes on with words', () => {
    const headline = `VELMAR 2030 OPENS ITS DOORS
The Velmar 2030 fair opened on Monday with forty stands. Velmar 2030 runs until Friday.`;
    expect(typeOf(headline, 'VELMAR')).not.toBe('place');
  });

  it('is not a name opening a line before an aside its dash opens and closes', () => {
    const aside = `The members funding KESTRA approved a new schedule on Thursday.
KESTRA – once the Kestrel Stellarator Array, though its staff now call it a word – is built to show that fusion pays.`;
    expect(typeOf(aside, 'KESTRA')).not.toBe('place');
    const report = `KELVOR – The harbour reopened at dawn – a week late – the mayor said. Boats left Kelvor at noon.`;
    expect(typeOf(report, 'KELVOR')).toBe('place');
  });

  it('is not the home side of a result line, whose dash joins two sides', () => {
    const result = `La KVBC a mis fin samedi soir à la série de Drummore. Avec ce succès, la KVBC remonte à la quatrième place.
KVBC - Drummore : 84-82 (16-26, 20-19, 25-14, 23-23).`;
    expect(find(entitiesOf(result, 'fr'), 'KVBC')?.type).not.toBe('place');
    const report = `KELVOR - Drummore Wolves beat the home side 84-82 on Saturday, the club said. Fans in Kelvor cheered.`;
    expect(typeOf(report, 'KELVOR')).toBe('place');
  });
});

describe('the region of a dateline', () => {
  it('is a place', () => {
    const text = `CHARGES DROPPED AGAINST FORMER REBEL.
KOLVERA, Tamsland 2024-05-30
A court in the capital dropped the charges on Friday. The Tamsland police had held him for ten days.`;
    expect(typeOf(text, 'Tamsland')).toBe('place');
  });
});

describe('the wire or station of a dateline', () => {
  it('is an organisation', () => {
    const text = `BOSTON, Massachusetts (KVOX) — Voters approved the school levy on Tuesday, county officials told KVOX.
The levy passed in every precinct.`;
    expect(typeOf(text, 'KVOX')).toBe('organization');
  });
});

describe('the name alone on the line before a dateline', () => {
  it('is the reporter, a person', () => {
    const text = `Harbour reopens after storms.
Velka Doronen
BOSTON 2024-03-02
The harbour reopened at dawn on Saturday, its operator said. Ferries left before noon.`;
    expect(typeOf(text, 'Velka Doronen')).toBe('person');
  });

  it('is not a heading in the body', () => {
    const text = `Harbour reopens after storms.
BOSTON 2024-03-02
The harbour reopened at dawn on Saturday, its operator said.
Kelby Harbour Trust
Ferries left the Kelby Harbour Trust quay before noon.`;
    expect(typeOf(text, 'Kelby Harbour Trust')).not.toBe('person');
  });
});
