import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('two surnames joined by "and"', () => {
  it('are one firm when the text repeats the pair, never writes either alone, and writes a firm’s word by it', () => {
    const es = entitiesOf(
      `Shares in Pellow and Garrick rose on Tuesday. The soap maker Pellow and Garrick said its sales grew.`,
      'en',
    );
    expect(find(es, 'Pellow and Garrick')?.type).toBe('organization');
  });

  it('stay two people when a known given name opens the pair', () => {
    const es = entitiesOf(
      `Ben and Tarrow met at school. Shares in the firm Ben and Tarrow started rose, and Ben and Tarrow said its future was bright.`,
      'en',
    );
    expect(find(es, 'Ben and Tarrow')).toBeUndefined();
  });

  it('stay two when the text names either alone', () => {
    const es = entitiesOf(
      `Shares in Pellow and Garrick rose. Pellow and Garrick said its talks went well. Garrick left early.`,
      'en',
    );
    expect(find(es, 'Pellow and Garrick')).toBeUndefined();
  });
});
