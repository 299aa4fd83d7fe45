import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a weekday written straight after a name', () => {
  it('is cut from a name the article writes without it', () => {
    const es = entitiesOf(
      'The mayor of Brindlemoor said on Quillbook Tuesday that the plan was dead. The post on Quillbook was later removed, and the council in Brindlemoor met again.',
    );
    expect(names(es)).not.toContain('Quillbook Tuesday');
    expect(find(es, 'Quillbook')?.count).toBe(2);
  });

  it('keeps a day named after an ordinary word', () => {
    const es = entitiesOf(
      'Shops in Brindlemoor opened early for Black Friday. Black Friday sales were slow, and the black coats sold out in Brindlemoor.',
    );
    expect(names(es)).toContain('Black Friday');
  });

  it('keeps a word and a day the article never writes apart', () => {
    const es = entitiesOf(
      'Voters in Brindlemoor went to the polls on Super Tuesday. Analysts said Super Tuesday would settle the race in Brindlemoor.',
    );
    expect(names(es)).toContain('Super Tuesday');
  });
});

describe('a weekday after a known name', () => {
  it('is cut though the name is written once', () => {
    const es = entitiesOf(
      'The mayor of Brindlemoor wrote on Facebook Tuesday that the plan was dead, and the council in Brindlemoor met again.',
    );
    expect(names(es)).not.toContain('Facebook Tuesday');
  });
});
