import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a word written only where sentences and clauses open', () => {
  it('is a name once a semicolon opens a clause with it and it is never written in lower case', () => {
    const text = `Ferries were cancelled on Friday; Corravane and Tessaly Lines warn of more delays. Passengers were told
to check before travelling.

Corravane, the port's largest operator, said most crossings would go ahead.`;
    expect(names(entitiesOf(text))).toContain('Corravane');
  });

  it('keeps out a word the text writes in lower case too, or opening sentences only', () => {
    const text = `Tickets went on sale; Sprinkle some salt on top. Sprinkle the rest later; the sprinkles keep.
Overall the dish was fine. Overall, guests liked it.`;
    const shown = names(entitiesOf(text));
    expect(shown).not.toContain('Sprinkle');
    expect(shown).not.toContain('Overall');
  });
});
