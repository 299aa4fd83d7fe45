import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a company short name beside its brand and product', () => {
  it('joins "Kestrel" to "Kestrel Motors" though "Kestrel Tarrow" names a product', () => {
    const es =
      entitiesOf(`Pune-based Kestrel Motors launched the Kestrel Tarrow on Thursday. The Tarrow has a large
      battery. Kestrel said it would build 100,000 a year, and Kestrel hopes to export.`);
    expect(find(es, 'Kestrel Motors')?.variants).toContain('Kestrel');
  });

  it('leaves it apart beside a second company opening with the word', () => {
    const es = entitiesOf(`Kestrel Motors and Kestrel Capital met on Monday. Kestrel said talks went well.`);
    expect(find(es, 'Kestrel Motors')?.variants ?? []).not.toContain('Kestrel');
  });
});
