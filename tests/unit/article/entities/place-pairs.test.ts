import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('two places joined by a hyphen', () => {
  it('drops "Belgrade-Marrowby" when the text names both alone', () => {
    const es =
      entitiesOf(`Talks on the Belgrade-Marrowby dialogue began in Belgrade on Monday. Marrowby said it would
      attend, and Belgrade agreed.`);
    expect(es.some((e) => e.text.includes('-'))).toBe(false);
    expect(find(es, 'Belgrade')).toBeDefined();
  });

  it('keeps a hyphenated place whose halves are not written alone', () => {
    const es = entitiesOf(
      `Floods hit Schleswig-Holstein on Monday. Schleswig-Holstein asked Berlin for help.`,
    );
    expect(find(es, 'Schleswig-Holstein')).toBeDefined();
  });
});

describe('a body hyphenated to a place', () => {
  it('keeps "Aqua-Manitoba" though the text names Manitoba alone', () => {
    const es =
      entitiesOf(`Aqua-Manitoba said on Monday that demand rose. Aqua-Manitoba's chief executive said exports
      would go on. In Manitoba, officials at Aqua-Manitoba agreed.`);
    expect(find(es, 'Aqua-Manitoba')?.count).toBe(3);
  });
});
