import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('words that introduce a name make one mention enough', () => {
  it('keeps a word written once after "sold as" or "called"', () => {
    const es = entitiesOf(
      'The injection, sold as Velmora in most markets, is costly. The intruders planted a backdoor called Quillgate on the servers.',
    );
    expect(find(es, 'Velmora')).toBeDefined();
    expect(find(es, 'Quillgate')).toBeDefined();
  });

  it('does not keep a capitalised common word after other words', () => {
    const es = entitiesOf('The report was late. It reached the Board after lunch, and the board agreed.');
    expect(names(es)).not.toContain('Board');
  });
});
