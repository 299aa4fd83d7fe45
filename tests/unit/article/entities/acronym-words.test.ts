import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a name with some of its words cut to their initials', () => {
  it('joins "QC Act" to "Quiet Coasts Act"', () => {
    const es =
      entitiesOf(`Parliament passed the Quiet Coasts Act on Monday. Under the QC Act, ferries must slow
      down near towns, and the QC Act takes effect in May.`);
    const e = find(es, 'Quiet Coasts Act');
    expect([e?.text, ...(e?.variants ?? [])]).toEqual(expect.arrayContaining(['QC Act', 'Quiet Coasts Act']));
  });

  it('leaves initials that spell another name apart', () => {
    const es = entitiesOf(
      `Parliament passed the Quiet Coasts Act on Monday. The QR Act, passed in May, is older.`,
    );
    expect(find(es, 'Quiet Coasts Act')?.variants ?? []).not.toContain('QR Act');
  });
});
