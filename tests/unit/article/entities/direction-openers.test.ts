import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a direction before a place opens a company name, not a nationality before a person', () => {
  it('keeps "Southern" in the name', () => {
    const es = entitiesOf(
      'Power was cut by Northern Ohio Gas on Monday, and Northern Ohio Gas said it would pay.',
    );
    expect(find(es, 'Northern Ohio Gas')).toBeDefined();
    expect(names(es)).not.toContain('Ohio Gas');
  });

  it('keeps it when the name opens a sentence', () => {
    const es = entitiesOf(
      'Storms hit Ohio and Indiana on Monday, the worst in Ohio for years. Northern Ohio Gas said it had cut power to homes.',
    );
    expect(find(es, 'Northern Ohio Gas')).toBeDefined();
  });

  it('still drops a nationality before a person', () => {
    const es = entitiesOf('The visit was praised by German Angela Merkel, and Merkel thanked them.');
    expect(find(es, 'Angela Merkel')).toBeDefined();
  });

  it("keeps a direction opening a sentence before a body's last word, though written small elsewhere", () => {
    const es = entitiesOf(
      'Rain fell over south Tarnland all day. Trains cancelled. South Central Railway said lines were shut.',
    );
    expect(find(es, 'South Central Railway')).toBeDefined();
    expect(names(es)).not.toContain('Central Railway');
  });
});
