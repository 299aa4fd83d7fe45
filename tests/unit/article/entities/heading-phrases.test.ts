import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('headings of a how-to page', () => {
  const text = `There are many ways to measure body fat. Cheap skinfold calipers and hydrostatic weighing are two.

Skinfold Calipers

Skinfold calipers pinch the skin at three sites.

Hydrostatic Weighing:

In hydrostatic weighing you sit under water. Mara Ellison tested the Bod Pod.

Bod Pod

The Bod Pod measures the air you move.`;

  it('are no names when the text writes their words in lower case', () => {
    expect(names(entitiesOf(text))).not.toContain('Skinfold Calipers');
    expect(names(entitiesOf(text))).not.toContain('Hydrostatic Weighing');
  });

  it('keep a name the text writes capitalised inside sentences too', () => {
    expect(names(entitiesOf(text))).toEqual(expect.arrayContaining(['Bod Pod', 'Mara Ellison']));
  });
});

describe('a numbered heading closed by a full stop', () => {
  const text = `3. Storm Warnings.
The storm warnings reached Alder Creek late. Warnings like these came twice last winter, said Mara Ellison.
4. Harbour Lights.
Harbour Lights, the café on the quay in Alder Creek, stayed open.`;

  it('is no name when the text writes its words in lower case', () => {
    expect(names(entitiesOf(text))).not.toContain('Storm Warnings');
  });

  it('keeps a name the text writes capitalised inside sentences too', () => {
    expect(names(entitiesOf(text))).toEqual(expect.arrayContaining(['Harbour Lights', 'Alder Creek']));
  });
});

describe('one common word opening the lines of a guide', () => {
  it('is no name when the text writes it in lower case too', () => {
    const text = `Pack light and check the rules before you travel with a bike or a kayak.

Are Kayaks allowed?
Only small kayaks, folded.

Are Kayaks allowed?
Yes, at the owner's risk.

Post-Ride Snack
Eat within an hour; a snack helps.

Post-Ride Snack
A banana works.

Halden Ferries runs the crossing, and Halden Ferries staff help.`;
    const shown = names(entitiesOf(text));
    expect(shown).not.toContain('Kayaks');
    expect(shown).not.toContain('Snack');
    expect(shown).toContain('Halden Ferries');
  });

  it('stays a name the text never writes in lower case', () => {
    const text = `Pack light before you travel.

Are Kayaks allowed?
Only folded.

Are Kayaks allowed?
Yes, at the owner's risk.`;
    expect(names(entitiesOf(text))).toContain('Kayaks');
  });
});
