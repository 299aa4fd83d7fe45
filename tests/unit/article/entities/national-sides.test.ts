import { expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
it('joins « les Bleues » to France, the side the French sports press names so', () => {
  const es = entitiesOf(
    `La France a battu la Suède 30-25. Les Bleues joueront la finale dimanche, et la France vise un troisième titre.
Les Bleues ont dominé la seconde période.`,
    'fr',
  );
  const e = find(es, 'France');
  expect([e?.text, ...(e?.variants ?? [])]).toContain('Bleues');
});
