import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('dotted initials after a title', () => {
  it('open one person with the surname ("Transport Minister R.K. Bhandari", then "Bhandari")', () => {
    const es =
      entitiesOf(`Transport Minister R.K. Bhandari said the new line would open in May. Bhandari added
    that trains from the U.S. firm would run every ten minutes, and Bhandari thanked the workers.`);
    const minister = find(es, 'R.K. Bhandari');
    expect(minister?.type).toBe('person');
    expect(minister?.variants).toContain('Bhandari');
    expect(names(es)).not.toContain('R.K.');
    expect(find(es, 'U.S.')?.type).toBe('place');
  });

  it('reads three initials too ("Coach T.J.W. Harrow")', () => {
    const es = entitiesOf('Coach T.J.W. Harrow praised his side. Harrow said the team had trained hard.');
    expect(find(es, 'T.J.W. Harrow')?.type).toBe('person');
  });

  it('leaves dotted letters after a place alone ("Oak Creek P.D. Open the door!")', () => {
    const es = entitiesOf(
      'Officers shouted "Oak Creek P.D. Open the door!" before they went in. Oak Creek is quiet.',
    );
    expect(names(es).some((n) => n.includes('Open'))).toBe(false);
  });
});
