import { describe, expect, it } from 'vitest';
import { stopwordsOf } from '@/utils/article/entities/lexicon';
import { tokenize } from '@/utils/article/entities/tokenize';
import { entitiesOf, find, names } from './helpers';

const words = (text: string, lang = 'en') => tokenize(text, stopwordsOf(lang)).filter((t) => t.isWord);

describe('tokenize', () => {
  it('marks contractions, which are never names', () => {
    const ts = words('I’m sure We’re right, Don’t worry and They’ve gone.');
    expect(ts.filter((t) => t.contraction).map((t) => t.text)).toEqual(['I’m', 'We’re', 'Don’t', 'They’ve']);
    expect(ts.filter((t) => t.nameLike).map((t) => t.text)).toEqual([]);
  });

  it('keeps possessives and elisions out of the word', () => {
    const ts = words("Nordhaven's plant and l’Europe");
    expect(ts.map((t) => t.text)).toEqual(['Nordhaven', 'plant', 'and', 'Europe']);
    expect(ts[0]?.possessive).toBe(true);
    expect(ts[3]?.elided).toBe(true);
  });

  it('splits a sentence glued to the next one, but not a domain name', () => {
    expect(words('called a physician.Police arrived').map((t) => t.text)).toEqual([
      'called',
      'a',
      'physician',
      'Police',
      'arrived',
    ]);
    const police = words('called a physician.Police arrived').find((t) => t.text === 'Police');
    expect(police?.initial).toBe(true);
    expect(words('on Outlook.com today').map((t) => t.text)).toContain('Outlook.com');
  });

  it('splits a caption glued to the next sentence, not a brand', () => {
    const ts = words('Media captionWho said it? The iPhone and eBay.');
    expect(ts.map((t) => t.text)).toEqual([
      'Media',
      'caption',
      'Who',
      'said',
      'it',
      'The',
      'iPhone',
      'and',
      'eBay',
    ]);
    expect(ts.find((t) => t.text === 'Who')?.initial).toBe(true);
  });

  it('cuts lower-case words glued to a name by a hyphen', () => {
    expect(words('a Washington-based firm').map((t) => t.text)).toEqual(['a', 'Washington', 'based', 'firm']);
    expect(words('le président Flavio Cotti-le plus francophile', 'fr').map((t) => t.text)).toContain(
      'Cotti',
    );
    expect(words('Jean-Claude and Aix-en-Provence').map((t) => t.text)).toEqual([
      'Jean-Claude',
      'and',
      'Aix-en-Provence',
    ]);
  });

  it('ends sentences on full stops and blank lines, not on quotes or colons', () => {
    const initial = (text: string) =>
      words(text)
        .filter((t) => t.initial)
        .map((t) => t.text);
    expect(initial('He said "Nordhaven will grow" today.')).toEqual(['He']);
    expect(initial('At Portsmouth: Middlesex beat Kent.')).toEqual(['At']);
    expect(initial('Sign in here,\n\nCreate an account')).toEqual(['Sign', 'Create']);
  });

  it('knows the function words of the text’s language', () => {
    expect(words('Die Version', 'de')[0]?.stop).toBe(true);
    expect(words('Die Version', 'en')[0]?.stop).toBe(false);
    expect(words('The Guardian')[0]?.stop).toBe(true);
  });
});

describe('names opened by N’ and the countries of the world', () => {
  // Texts written for these tests (not taken from any corpus).
  it('keeps N’ in a name, still elides l’ and d’ before names', () => {
    const es =
      entitiesOf(`N'Golo Bamba scored for Portvale, and N'Golo Bamba celebrated. The government of Chad met
in N'Djamena.`);
    expect(names(es)).toContain("N'Golo Bamba");
    expect(find(es, 'Chad')?.type).toBe('place');
    const fr = entitiesOf('L’Allemagne n’a pas signé, et l’Allemagne attend d’Airbus une réponse.', 'fr');
    expect(names(fr)).toContain('Allemagne');
  });
});

describe('a plural possessive inside a name', () => {
  it('keeps "People’s" and "Women’s" in the name, ends a name at other possessives', () => {
    const es =
      entitiesOf(`Troops of the People's Liberation Army entered Tarvik. The People's Liberation Army said the
Women's Harbour Cup would go on. The mayor of Portvale agreed, and Portvale's council too.`);
    expect(names(es)).toContain("People's Liberation Army");
    expect(names(es)).toContain("Women's Harbour Cup");
    expect(names(es)).not.toContain('People');
    expect(names(es)).toContain('Portvale');
  });
});

describe('romanised names of two syllables', () => {
  it('keeps "Kore-eda" and "Ing-wen" whole, and still cuts compounds and function words', () => {
    expect(words('director Hirokazu Kore-eda met Tsai Ing-wen').map((t) => t.text)).toEqual([
      'director',
      'Hirokazu',
      'Kore-eda',
      'met',
      'Tsai',
      'Ing-wen',
    ]);
    expect(words('a Kim-led faction, a Covid-hit firm').map((t) => t.text)).toEqual([
      'a',
      'Kim',
      'led',
      'faction',
      'a',
      'Covid',
      'hit',
      'firm',
    ]);
    expect(words('Bota-le plus tard', 'fr').map((t) => t.text)).toContain('Bota');
  });
});
