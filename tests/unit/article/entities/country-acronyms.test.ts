import { expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
it('joins "USDA" to the "Department of Agriculture" the article names without its country', () => {
  const es =
    entitiesOf(`The Department of Agriculture said testing would expand. The USDA's plan covers 40 states,
    and Dana Kell, a vet in Ohio, said the USDA moved too slowly.`);
  const e = find(es, 'Department of Agriculture');
  expect([e?.text, ...(e?.variants ?? [])]).toContain('USDA');
});

it('leaves a country-lettered acronym apart from a person with the initials', () => {
  const es = entitiesOf(
    `The USDA said testing would expand. Dana Adler, a vet in Ohio, said the USDA moved slowly.`,
  );
  expect(find(es, 'Dana Adler')?.variants ?? []).not.toContain('USDA');
});
