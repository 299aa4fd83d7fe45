import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('Irish surnames', () => {
  it('keeps "Ní" inside the name', () => {
    const es = entitiesOf(`Singer Aoife Ní Bhraonáin won the prize. Ní Bhraonáin thanked the band.`);
    expect(find(es, 'Aoife Ní Bhraonáin')?.type).toBe('person');
  });
});
