import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('the order a reader expects', () => {
  it('puts what the title and the lead name first, credits and passing mentions last', () => {
    const text = `Photo: Getty Images
Harbour authority Portvale fined the shipping line Kestrel Lines on Monday for polluting the bay.
Portvale said Kestrel Lines had ignored three warnings. The fine, a record, follows a complaint from Gullhaven,
a fishing town nearby. Kestrel Lines will appeal, its lawyer Tom Brandt said in Oslo. Portvale officials said the
bay was recovering. Credit Getty Images`;
    const es = entitiesOf(text, 'en', 'Portvale fines Kestrel Lines over bay pollution');
    expect(names(es).slice(0, 2).sort()).toEqual(['Kestrel Lines', 'Portvale']);
    expect(names(es).indexOf('Getty Images')).toBeGreaterThan(names(es).indexOf('Gullhaven'));
  });

  it('never opens the list with a nationality word', () => {
    const text = `American officials and American diplomats met in Rome. The American side said Rome was helpful.
American experts will return to Rome, said Clara Benn. Benn works in Geneva.`;
    const es = entitiesOf(text);
    expect(names(es)[0]).not.toBe('American');
  });
});
