import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a product line, its tier and its model code', () => {
  const text = `Tarsk's newest chip, the Vorta 9 8850XT2, is the fastest we have tested. The 8850XT2 beat the older
    Vorta 7 7700XT in every game, and Tarsk says the Vorta 7 7700XT will stay on sale.`;

  it('keeps them as one product, joined by the code alone', () => {
    const es = entitiesOf(text);
    const chip = find(es, 'Vorta 9 8850XT2');
    expect(chip?.type).toBe('product');
    expect(chip?.variants).toContain('8850XT2');
    expect(find(es, 'Vorta 7 7700XT')?.type).toBe('product');
    expect(names(es)).not.toContain('Vorta');
  });

  it('leaves a score apart', () => {
    const shown = names(entitiesOf(`Arsenal 2 Chelsea 1 on Sunday, and Arsenal 3 Fulham 0 on Wednesday.`));
    expect(shown.some((n) => /\d/.test(n))).toBe(false);
  });
});

describe('a model closed by its tier, then its generation', () => {
  it('keeps the number after "Pro" in the name the first time it is written', () => {
    const shown = names(
      entitiesOf(`Marla Quint tested the earbuds. Lumo's Sonar Buds Pro 3 cost less and translate too.`),
    );
    expect(shown).toContain('Sonar Buds Pro 3');
    expect(shown).not.toContain('Sonar Buds Pro');
  });
});

describe("a model's code and its tail", () => {
  it('joins "QX-2000ZR4" and "ZR4", keeping its predecessor apart', () => {
    const es =
      entitiesOf(`Tarsk makes the QX-2000ZR4, a pair of headphones. The ZR4 is lighter than the QX-2000ZR3,
      and the ZR4 lasts longer, though the ZR3 was cheaper.`);
    expect(find(es, 'QX-2000ZR4')?.variants).toContain('ZR4');
    expect(find(es, 'QX-2000ZR3')?.variants).toContain('ZR3');
    expect(find(es, 'QX-2000ZR4')?.variants ?? []).not.toContain('ZR3');
  });

  it('leaves a tail two models end with apart', () => {
    const es = entitiesOf(`Tarsk sells the QX-2000ZR4 and the QY-3000ZR4. The ZR4 name is older than both.`);
    expect(find(es, 'QX-2000ZR4')?.variants ?? []).not.toContain('ZR4');
    expect(find(es, 'QY-3000ZR4')?.variants ?? []).not.toContain('ZR4');
  });
});
