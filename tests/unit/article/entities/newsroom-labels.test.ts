import { describe, expect, it } from 'vitest';
import type { EntityGroup } from '@/utils/article/entities/group';
import { isNewsroomLabel } from '@/utils/article/entities/newsroom-labels';
import { nameKey } from '@/utils/article/entities/normalize';
import { entitiesOf, names } from './helpers';

const groupOf = (name: string): EntityGroup => ({ keys: new Set([nameKey(name)]) }) as unknown as EntityGroup;

// Texts written for these tests (not taken from any corpus).
describe('a newsroom label', () => {
  it('is no name: staff, wire services, the desk, « la rédaction »', () => {
    for (const label of ['Staff', 'Staff Writer', 'Wire Services', 'News Desk', 'La rédaction'])
      expect(isNewsroomLabel(groupOf(label)), label).toBe(true);
  });

  it('keeps names that only share a word with one', () => {
    for (const name of ['News Service', 'Wire', 'Reuters', 'Staff Sergeant Ana Velt', 'Desk Co'])
      expect(isNewsroomLabel(groupOf(name)), name).toBe(false);
  });

  it('is not listed from a signed report', () => {
    const shown = names(
      entitiesOf(`The Orvale Transit Authority said on Monday that fares would rise in May. Mayor Dina Castellane said
the Orvale Transit Authority had no choice, and Castellane promised a review.
Wire Services`),
    );
    expect(shown).toContain('Dina Castellane');
    expect(shown).not.toContain('Wire Services');
  });
});
