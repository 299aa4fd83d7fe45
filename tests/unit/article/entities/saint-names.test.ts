import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a place named after a saint, written without the saint', () => {
  it('joins "Brendan Street" and "Brendan\'s Square" to their full names', () => {
    const es =
      entitiesOf(`The council voted to close St Brendan's Street to cars. Traders on Brendan Street said
      sales would fall. Buses will use St. Colm's Square instead; Colm's Square has room, said Ada Marsh.`);
    expect(find(es, "St Brendan's Street")?.variants).toContain('Brendan Street');
    expect(find(es, "St. Colm's Square")?.variants).toContain("Colm's Square");
    expect(names(es)).not.toContain('Brendan Street');
  });

  it("keeps a person apart from a saint's place", () => {
    const es = entitiesOf(`Residents of St Aldric's Wood met on Monday. Their chair, Aldric Wood, said the
      meeting ran late, and Wood promised another.`);
    expect(names(es)).toContain('Aldric Wood');
  });
});
