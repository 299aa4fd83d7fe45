import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a title in quotes with its article and a comma inside', () => {
  it('types “The Salt Lane,” as no place', () => {
    const es =
      entitiesOf(`“The Salt Lane,” director Mira Kessal’s drama about a driver crossing the desert, won the
      audience award on Sunday. Kessal thanked the jury for picking “The Salt Lane.”`);
    const work = find(es, 'Salt Lane');
    expect(work).toBeDefined();
    expect(work?.type).not.toBe('place');
  });

  it('keeps a known place a place, quoted or not', () => {
    const es = entitiesOf(`The debate about “Israel,” he wrote, had changed. Critics of “Israel” disagreed.`);
    expect(find(es, 'Israel')?.type).toBe('place');
  });
});
