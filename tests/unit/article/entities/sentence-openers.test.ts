import { describe, expect, it } from 'vitest';
import { extractEntities } from '@/utils/article/entities';
import { isOpeningAdverb } from '@/utils/article/entities/sentence-openers';
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

describe('a preposition or a contact line opening a sentence', () => {
  it('takes no preposition opening a sentence into the acronym after it ("Unlike BIA")', () => {
    const shown = names(
      entitiesOf(`The BIA scale sends a small current through the body. Unlike BIA, the DXA scan uses X-rays, and
        DXA is costly. Besides DXA, clinics use the BIA method.`),
    );
    expect(shown).toContain('BIA');
    expect(shown.some((n) => /^(Unlike|Besides) /.test(n))).toBe(false);
  });

  it('leaves the name after it alone: "Inside Terminal 2", "Near Cork", "Beyond Galway", "Contact Pressline"', () => {
    const es =
      entitiesOf(`Dublin Airport said queues eased on Monday. Inside Terminal 2, passengers waited for an
      hour, said Aoife Byrne. Near Cork, a road was closed. Beyond Galway the roads were clear. Aoife Byrne said the
      Terminal 2 queues would ease. Cork City Council said the road in Cork would open. Galway was quiet.
      Contact Pressline at tips@pressline.example with news. Contact Pressline by phone.`);
    expect(find(es, 'Cork')).toBeDefined();
    expect(names(es).join(' · ')).not.toMatch(/Inside|Near|Beyond|Contact/);
  });

  it('keeps names a preposition opens: known, written inside a sentence, or going on with a common word', () => {
    const es =
      entitiesOf(`Near East markets fell on Monday, said Aoife Byrne. Inside Out won the prize, and the
      sequel sold out. Beyond Meat said sales fell. Analysts expect Beyond Meat to cut jobs. Aoife
      Byrne said Near East traders were calm, and went out. Inside Out was shown again.`);
    expect(find(es, 'Near East')).toBeDefined();
    expect(find(es, 'Beyond Meat')).toBeDefined();
    expect(names(es)).not.toContain('Out');
    expect(names(es)).not.toContain('Meat');
  });

  it('keeps "Contact" the film, set in italics', () => {
    const es = extractEntities(
      `Contact opened in 1997, and Rhea Vance saw Contact twice. Rhea Vance says Contact changed her life.`,
      { lang: 'en', emphasis: ['Contact'] },
    );
    expect(find(es, 'Contact')).toBeDefined();
  });
});

describe('a comparison opening a clause', () => {
  it('is no part of the name it compares', () => {
    const shown = names(
      entitiesOf(`Resale sites: Like Tradebay, you can also turn to Swapdeck. Buyers on Tradebay pay more.
Unlike Orbital Freight, Kestrel Air grew. Kestrel Air and Orbital Freight met.`),
    );
    expect(shown).not.toContain('Like Tradebay');
    expect(shown).not.toContain('Unlike Orbital Freight');
    expect(shown).toContain('Orbital Freight');
  });

  it('stays inside a name the sentence goes on with', () => {
    expect(names(entitiesOf('Like Minds Ltd was sold to Harrow Capital on Monday.'))).toContain(
      'Like Minds Ltd',
    );
  });
});
