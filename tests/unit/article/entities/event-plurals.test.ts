import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('an event named by one plural word', () => {
  it('is a name after "the" inside sentences', () => {
    const shown = names(
      entitiesOf(`Orla Dunmore walked away with the Masters. Kit Harlan had won the Masters twice before, and
Dunmore said the Masters final was hard.`),
    );
    expect(shown).toContain('Masters');
  });

  it('is a generic word elsewhere: a degree, a course', () => {
    const shown = names(
      entitiesOf('Orla Dunmore has a Masters degree. Kit Harlan took a Masters in law, and Dunmore said so.'),
    );
    expect(shown).not.toContain('Masters');
  });
});

describe("an event's adjective alone", () => {
  it('names nothing; the names it opens stay', () => {
    const es = entitiesOf(`Tarvo Lind, the triple Olympic champion, won again. Mira Holt, the Olympic omnium
champion, was second. The Olympic Games open in July, and Lind will race at the Olympic Stadium.`);
    expect(find(es, 'Olympic')).toBeUndefined();
    expect(find(es, 'Olympic Games')).toBeDefined();
    expect(find(es, 'Tarvo Lind')).toBeDefined();
  });
});
