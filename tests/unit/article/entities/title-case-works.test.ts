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

describe('a name written with lower-case small words', () => {
  it('keeps "Marrow in the Meadow" and "Tumblin the Hay" whole when the text writes each so twice', () => {
    const shown = names(
      entitiesOf(`Tickets for Marrow in the Meadow sold out in an hour. The promoters of Marrow in the Meadow said
      Tumblin the Hay would return in spring. Fans of Tumblin the Hay cheered, and staff joined Walk to Desk.
      The Walk to Desk scheme pays for shoes.`),
    );
    expect(shown).toContain('Marrow in the Meadow');
    expect(shown).toContain('Tumblin the Hay');
    expect(shown).toContain('Walk to Desk');
    expect(shown).not.toContain('Meadow');
  });

  it('leaves apart two names written alone elsewhere, known places, a route and page furniture', () => {
    const shown = names(
      entitiesOf(`Vessa Quorn met Tamsin Lyle in the Garvey Hall. Later Quorn in the Garvey Hall spoke again, and
      Lyle left. Trains run from Leeds to York daily; more trains from Leeds to York run at night. Write to
      Letters to the Editor by noon; Letters to the Editor prints a few.`),
    );
    expect(shown.some((n) => n.includes(' in the '))).toBe(false);
    expect(shown.some((n) => n.includes(' to '))).toBe(false);
  });
});
