import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a title shortened with a full stop', () => {
  it('says person ("Rep. Dale Orvik", "Lt. Bram Tesk")', () => {
    const es =
      entitiesOf(`Rep. Dale Orvik voted against the bill on Tuesday. Lt. Bram Tesk of the state police
      confirmed the arrest.`);
    expect(find(es, 'Dale Orvik')?.type).toBe('person');
    expect(find(es, 'Bram Tesk')?.type).toBe('person');
  });
});
