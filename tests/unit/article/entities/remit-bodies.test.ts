import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a body and its remit joined by "and"', () => {
  const text = `The final report of the Royal Commission into Rural Health Quality and Safety found failures. The
  Inquiry into Child Labour and Neglect also reported. The Committee on Foreign Affairs and Trade met on Monday.`;

  it('is one name after "into" or "on"', () => {
    const es = entitiesOf(text);
    expect(find(es, 'Royal Commission into Rural Health Quality and Safety')?.type).toBe('organization');
    expect(find(es, 'Inquiry into Child Labour and Neglect')).toBeDefined();
    expect(find(es, 'Committee on Foreign Affairs and Trade')?.type).toBe('organization');
    expect(names(es)).not.toContain('Rural Health Quality');
  });

  it('leaves "into" after another body a movement ("sent the Army into Gaza")', () => {
    const shown = names(entitiesOf('Israel sent the Army into Gaza and Lebanon on Friday.'));
    expect(shown).toContain('Gaza');
    expect(shown.some((n) => n.includes('into'))).toBe(false);
  });
});
