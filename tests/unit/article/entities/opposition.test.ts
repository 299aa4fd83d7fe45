import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('"the Opposition" of Westminster English', () => {
  it('is a generic institution word, as "the Government", not a name alone', () => {
    const shown = names(
      entitiesOf(`The bill passed after an Opposition walkout. Pharmacists' bodies and the Opposition say the
      rules are weak, and the Opposition will vote against them. Health Minister Karen Lyall defended the bill.`),
    );
    expect(shown).not.toContain('Opposition');
    expect(shown).toContain('Karen Lyall');
  });

  it('keeps a longer name that holds it ("Syrian Opposition Coalition")', () => {
    const es = entitiesOf(
      'The Syrian Opposition Coalition met in Doha. The Syrian Opposition Coalition said talks failed.',
    );
    expect(find(es, 'Syrian Opposition Coalition')).toBeDefined();
  });
});
