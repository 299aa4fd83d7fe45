import { describe, expect, it } from 'vitest';
import { isLoanPhrase } from '@/utils/article/entities/loan-phrases';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('English phrases borrowed as common nouns', () => {
  it('tells a borrowed phrase from a name with the same last word', () => {
    for (const k of ['social media', 'fake news', 'joint venture', 'full hd', 'high school']) {
      expect(isLoanPhrase(k)).toBe(true);
    }
    for (const k of ['fox news', 'social media week', 'sky news', 'high'])
      expect(isLoanPhrase(k)).toBe(false);
  });

  it('never lists them in a German text, and keeps the names beside them', () => {
    const es = entitiesOf(
      `Viele Firmen werben über Social Media. Der Konzern Tesvora nutzt Social Media seit Jahren, sagte Lena Haupt.
Gegen Fake News hilft das wenig: Fake News verbreiten sich schneller, warnt Lena Haupt. Der Fernseher zeigt Full HD
und Full HD reicht vielen. Laut Fox News sieht das die Deutsche Bahn ähnlich.`,
      'de',
    );
    for (const phrase of ['Social Media', 'Fake News', 'Full HD']) expect(names(es)).not.toContain(phrase);
    for (const name of ['Lena Haupt', 'Fox News', 'Deutsche Bahn']) expect(names(es)).toContain(name);
  });
});
