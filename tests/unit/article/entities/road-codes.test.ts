import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a road named by its code', () => {
  it('is a place when the words around say road, and so is a code listed right after it', () => {
    const es = entitiesOf(`Each train takes 40 lorries off the N61 and the M27, said Orla Dunmore.
Orla Dunmore said the N61 and the M27 are full. Traffic on the R512 road was slow.`);
    expect(find(es, 'N61')?.type).toBe('place');
    expect(find(es, 'M27')?.type).toBe('place');
    expect(find(es, 'R512')?.type).toBe('place');
  });

  it('leaves a model’s code alone without a road’s words', () => {
    const es = entitiesOf(
      'The A350 flew to Dubai and back, Orla Dunmore said. The A350 is big, and the M27 rifle too.',
    );
    expect(find(es, 'A350')?.type).not.toBe('place');
  });
});
