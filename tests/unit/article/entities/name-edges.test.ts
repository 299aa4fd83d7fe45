import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a signature line left in the text', () => {
  it('splits the author from the medium', () => {
    const text = `Susan Dorrington BBC News, Cumbria

A man was jailed in Carlisle on Friday after a crash on the A595. The BBC understands he will appeal.`;
    const shown = names(entitiesOf(text));
    expect(shown).toContain('Susan Dorrington');
    expect(shown.some((n) => n.includes('Dorrington BBC'))).toBe(false);
  });
});

describe("an author's role line", () => {
  it('names no subject', () => {
    const text = `Tobias Wren
Politics and health editor @TobiasWrenNews

The Treasury has held back the budget, and Chancellor Rachel Reeves said cuts were not planned.`;
    const shown = names(entitiesOf(text));
    expect(shown).not.toContain('Politics');
    expect(shown).toContain('Rachel Reeves');
  });
});

describe('a musician named with the instrument', () => {
  it('drops the role opening the sentence', () => {
    const shown = names(
      entitiesOf('Drummer Colm Fahy thanked the crowd in Galway. Fahy said the tour would go on.'),
    );
    expect(shown).toContain('Colm Fahy');
    expect(shown.some((n) => n.startsWith('Drummer'))).toBe(false);
  });
});

describe('a span of time after a prize', () => {
  it('is no name alone', () => {
    const text =
      'The band won Album of the Year at the Dunmore Awards, and Song of the Year went to Niamh Kerr.';
    expect(names(entitiesOf(text))).not.toContain('Year');
  });
});

describe('dotted letters closing a name', () => {
  it("stay the name's own, but a country's stand alone", () => {
    const text = `The prize went to Marram, ahead of Lowlands D.C. and Ferro. Lowlands D.C. toured all year. The Danish
U.S. envoy said so.`;
    const shown = names(entitiesOf(text));
    expect(shown).toContain('Lowlands D.C.');
    expect(shown).not.toContain('Lowlands');
    expect(shown).toContain('U.S.');
    expect(entitiesOf(text).find((e) => e.text === 'Lowlands D.C.')?.type).not.toBe('person');
  });
});

describe('a numbered bill opening a sentence', () => {
  it('is one name, not a product', () => {
    const text = `The bill would cap taxes when a house is sold.

House Bill 212 passed 90-85 on Tuesday. The Senate will take up House Bill 212 next week, said Amos Pruitt.`;
    const bill = entitiesOf(text).find((e) => e.text === 'House Bill 212');
    expect(bill?.type).toBe('other');
  });
});

describe("a byline line's update stamp", () => {
  it('closes no name after the time zone', () => {
    const text = `The Norwegian government said on Monday that the summit would go ahead.

By Ada Holm in Oslo and Per Lund in Bergen 07/12/2026 15:48 GMT Last update 15:48 GMT

Erna Vik said Oslo was ready. Bergen was not.`;
    const shown = names(entitiesOf(text));
    expect(shown.filter((n) => n.includes('Last'))).toEqual([]);
    expect(shown).toContain('Erna Vik');
  });

  it('keeps "Last" inside a name with no stamp after it', () => {
    const text = `The Last Supper hangs in Milan. Visitors to the Last Supper must book weeks ahead, Milan says.`;
    expect(names(entitiesOf(text)).some((n) => n.includes('Last Supper'))).toBe(true);
  });
});

describe("a product's badge", () => {
  it('is the product, not a second name', () => {
    const text = `Tarn sells the Tarn Cube for $500. Games that pass Tarn's tests get a "Tarn Cube Verified" badge, and the
Tarn Cube runs them all. Over 900 titles are "Tarn Cube Certified" already.`;
    const shown = names(entitiesOf(text));
    expect(shown).toContain('Tarn Cube');
    expect(shown.filter((n) => /Verified|Certified/.test(n))).toEqual([]);
  });
});
