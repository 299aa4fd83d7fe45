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
