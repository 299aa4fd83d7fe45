import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('ranks shortened without a full stop', () => {
  it('leaves "Maj Gen" and "Det Ch Insp" out of the names', () => {
    const es =
      entitiesOf(`Its commander, Maj Gen Ottavio Brenni, met local leaders. Det Ch Insp Mark Kettle said the
      inquiry would go on.`);
    expect(find(es, 'Ottavio Brenni')?.type).toBe('person');
    expect(find(es, 'Mark Kettle')?.type).toBe('person');
    expect(es.some((e) => /^(Maj|Det)\b/.test(e.text))).toBe(false);
  });

  it('keeps "Gen Z" and a name with one word after the rank', () => {
    const es = entitiesOf(`Buyers of Gen Z Media rose again. Gen Z Media said sales grew.`);
    expect(find(es, 'Gen Z Media')).toBeDefined();
  });
});
