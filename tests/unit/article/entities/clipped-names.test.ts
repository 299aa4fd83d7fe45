import { describe, expect, it } from 'vitest';
import { isClipped } from '@/utils/article/entities/clipped-names';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a name clipped word by word', () => {
  it('joins "Lib Dems" to "Liberal Democrats" and "Man City" to "Manchester City"', () => {
    const es = entitiesOf(`The Liberal Democrats forced a vote on Tuesday. Lib Dems said the bill was weak.
      Manchester City beat Brentford, and Man City now lead the table.`);
    const forms = (name: string): string[] => {
      const e = find(es, name);
      return e ? [e.text, ...e.variants] : [];
    };
    expect(forms('Liberal Democrats')).toContain('Lib Dems');
    expect(forms('Manchester City')).toContain('Man City');
  });

  it("takes no ending, no compound's part and no two-letter clip for a clip", () => {
    expect(isClipped('south dakota', 'south dakotans')).toBe(false);
    expect(isClipped('jo smith', 'john smith')).toBe(false);
    expect(isClipped('lib dem', 'liberal democrat')).toBe(true);
    const es =
      entitiesOf(`The Vexbook Pro is thin. The Vex Pro is a desktop. Vexbook Pro owners like it, and the Vex
      Pro costs more.`);
    expect(find(es, 'Vex Pro')?.variants ?? []).not.toContain('Vexbook Pro');
  });
});
