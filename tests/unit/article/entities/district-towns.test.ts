import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a town named by its district (district-towns.ts)', () => {
  it('types as a place a name left untyped that a place of the page opens with a direction', () => {
    const es =
      entitiesOf(`Lawrence is a step closer to a new bridge over the Kansas River. Residents of North Lawrence spoke on
Tuesday, and most said they feared for parking in North Lawrence. The bridge would link downtown with North Lawrence,
said Mayor Rachel Whitmer.`);
    expect(find(es, 'North Lawrence')?.type).toBe('place');
    expect(find(es, 'Lawrence')?.type).toBe('place');
    expect(find(es, 'Lawrence')?.text).toBe('Lawrence');
  });

  it('keeps a person who bears the name', () => {
    const es =
      entitiesOf(`Mayor Dana Lawrence opened the bridge on Tuesday. Residents of North Lawrence cheered, and
Lawrence said parking in North Lawrence would be free.`);
    expect(find(es, 'Dana Lawrence')?.type).toBe('person');
  });
});
