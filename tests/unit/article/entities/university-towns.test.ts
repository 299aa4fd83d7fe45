import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('A university named by its town before the noun for one of its people', () => {
  it('joins "the Keele geologist" to "University of Keele", and leaves the town apart elsewhere', () => {
    const es = entitiesOf(
      `The Keele geologist explains the find. Anna Brook, a geologist at the University of Keele, said the rock
was old.`,
    );
    expect(find(es, 'University of Keele')?.count).toBe(2);
    const town = entitiesOf(
      `Anna Brook, a geologist at the University of Keele, said the rock was old. She grew up in Keele, where
Keele Hall stands.`,
    );
    expect(find(town, 'University of Keele')?.count).toBe(1);
  });
});
