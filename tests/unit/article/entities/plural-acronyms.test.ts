import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('plural acronyms', () => {
  it('drops the plural of an acronym the text names, keeps the acronym', () => {
    const es =
      entitiesOf(`The clinic in Gullhaven now offers a QMR scan. A QMR scan takes ten minutes, and the QMR
reading is precise. Disadvantages: QMRs are rare outside hospitals, Lena Orm said.`);
    expect(names(es)).toContain('QMR');
    expect(find(es, 'QMRs')).toBeUndefined();
  });

  it('keeps a plural acronym the text never writes in the singular', () => {
    const es = entitiesOf(
      `Ines Varo met the TPGs on Monday. The TPGs said they would sign, Ines Varo added.`,
    );
    expect(names(es)).toContain('TPGs');
  });

  it('drops a plural acronym never in the singular and never after "the": a kind of thing', () => {
    const es = entitiesOf(`The Tarvian Pharmacy Guild, which represents TPMs, said closures were rising.
Two senators want to limit how TPMs set fees, Ines Varo said.`);
    expect(find(es, 'TPMs')).toBeUndefined();
    expect(find(es, 'Tarvian Pharmacy Guild')).toBeDefined();
  });

  it('drops what a plural acronym defines: a kind of thing, whatever its capitals', () => {
    const es =
      entitiesOf(`Harbour Systems sells its monitor to Coastal Care Wards (CCWs) across Europe. Designed
for Coastal Care Wards, the monitor reads every bed, and the Coastal Care staff like it, Harbour Systems said.
Harbour Systems is based in Gullhaven.`);
    expect(names(es)).not.toContain('Coastal Care Wards');
    expect(names(es)).not.toContain('Coastal Care');
    expect(names(es)).not.toContain('CCWs');
    expect(names(es)).toContain('Harbour Systems');
  });

  it('keeps a name defined by a singular acronym', () => {
    const es = entitiesOf(`The Coastal Care Agency (CCA) opened in Gullhaven. The CCA hires nurses.`);
    expect(find(es, 'Coastal Care Agency')).toBeDefined();
  });
});
