import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('A journalist’s role and desk is no name', () => {
  it('drops "Legal Correspondent" and "Political Editor", keeps the people and a paper', () => {
    const es = entitiesOf(
      `Hal Brennick, Legal Correspondent. The jury returned on Friday. The Political Editor of the Morning
Ledger, Ada Quist, said the verdict was expected. Ada Quist wrote in the Morning Ledger.`,
    );
    expect(names(es)).not.toContain('Legal Correspondent');
    expect(names(es)).not.toContain('Political Editor');
    expect(names(es)).toContain('Ada Quist');
    expect(names(es)).toContain('Morning Ledger');
  });
});
