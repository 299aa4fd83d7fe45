import { describe, expect, it } from 'vitest';
import { isOpeningAdverb } from '@/utils/article/entities/adverb-openers';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('an adverb opening a sentence without a comma', () => {
  it('leaves the name after it alone in English', () => {
    const es =
      entitiesOf(`Separately Tollwick said it would appeal the fine. Reportedly Varnex is weighing a bid.
      Analysts in Leeds expect Tollwick to lose. Varnex declined to comment.`);
    expect(find(es, 'Tollwick')).toBeDefined();
    expect(find(es, 'Varnex')).toBeDefined();
    expect(names(es).join(' ')).not.toMatch(/Separately|Reportedly/);
  });

  it('leaves the name after it alone in French', () => {
    const es = entitiesOf(
      `Officiellement Brovane n'a pas commenté. Finalement Lectis a renoncé au rachat de Brovane, selon Anne Morlet.
      Lectis reste discret.`,
      'fr',
    );
    expect(find(es, 'Brovane')).toBeDefined();
    expect(find(es, 'Lectis')).toBeDefined();
    expect(names(es).join(' ')).not.toMatch(/Officiellement|Finalement/);
  });

  it('keeps surnames, papers and bodies that end like adverbs', () => {
    expect(isOpeningAdverb('kelly', 'en')).toBe(false);
    expect(isOpeningAdverb('donnelly', 'en')).toBe(false);
    expect(isOpeningAdverb('daily', 'en')).toBe(false);
    expect(isOpeningAdverb('rassemblement', 'fr')).toBe(false);
    expect(isOpeningAdverb('parlement', 'fr')).toBe(false);
    expect(isOpeningAdverb('additionally', 'en')).toBe(true);
    expect(isOpeningAdverb('concretement', 'fr')).toBe(true);
  });

  it('keeps a name opening a sentence whose first word the text capitalises inside sentences too', () => {
    const es = entitiesOf(`Costly Brands opened a shop in York. Shoppers said Costly Brands was too dear.`);
    expect(find(es, 'Costly Brands')).toBeDefined();
  });
});
