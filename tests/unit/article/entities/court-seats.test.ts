import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a federal court named by its circuit or district', () => {
  it('keeps "for the 4th Circuit" and "for the Eastern District of Ohio" in the name', () => {
    const shown = names(
      entitiesOf(`The Court of Appeals for the 4th Circuit upheld the ruling on Friday. A judge of the District Court for
      the Eastern District of Ohio had blocked the rule in May, and Dana Whitcombe appealed.`),
    );
    expect(shown).toContain('Court of Appeals for the 4th Circuit');
    expect(shown).toContain('District Court for the Eastern District of Ohio');
    expect(shown).not.toContain('Court of Appeals');
  });

  it('leaves a court apart from what follows "for the" when no circuit or district closes it', () => {
    const shown = names(
      entitiesOf(`The Court of Appeals for the first time heard Dana Whitcombe, and the Court of Appeals for the most
      part agreed with her.`),
    );
    expect(shown.some((n) => n.includes(' for the '))).toBe(false);
    expect(shown).toContain('Court of Appeals');
  });
});
