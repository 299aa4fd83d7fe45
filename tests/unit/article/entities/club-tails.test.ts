import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a club named by the last word of its name', () => {
  it('is the one club of the article whose name ends so', () => {
    const es = entitiesOf(`Harwick Villa lost at home on Saturday. Villa led early, but Villa faded late.`);
    expect(find(es, 'Villa')?.text).toBe('Harwick Villa');
  });

  it('stays apart when two clubs end with it', () => {
    const es = entitiesOf(
      `Harwick Rovers drew with Coldon Rovers. Rovers fans sang all game, and Rovers were loud.`,
    );
    expect(find(es, 'Harwick Rovers')?.variants).not.toContain('Rovers');
    expect(find(es, 'Coldon Rovers')?.variants).not.toContain('Rovers');
  });
});
