import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a title written with capitalised function words', () => {
  it('keeps "Waltzing With The Comets" whole when the article names it twice', () => {
    const shown = names(
      entitiesOf(`The dancer Orla Quigley is in talks to join Waltzing With The Comets in Chicago, a source said.
      Producers of Waltzing With The Comets declined to comment, and Quigley did not reply.`),
    );
    expect(shown).toContain('Waltzing With The Comets');
    expect(shown).not.toContain('Comets');
  });

  it('leaves a one-off role, a list with "Or" and a sentence start apart', () => {
    const shown = names(
      entitiesOf(`Quigley is the current Dancer In Residence at Marlow Hall in Leeds. Do Foxes Or Badgers Visit Marlow
      Hall? Foxes Or Badgers Visit Marlow Hall at night, and Quigley films them.`),
    );
    expect(shown).not.toContain('Dancer In Residence');
    expect(shown.some((n) => n.includes(' Or '))).toBe(false);
  });
});
