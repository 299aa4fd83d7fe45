import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a body named by two words joined by "and"', () => {
  it('keeps "the Harbours and Fisheries Committee" whole', () => {
    const shown = names(
      entitiesOf(`The chair of the Harbours and Fisheries Committee, Wenna Polglase, wrote to ministers on Monday.
      Polglase said the Harbours and Fisheries Committee would meet again.`),
    );
    expect(shown).toContain('Harbours and Fisheries Committee');
    expect(shown).not.toContain('Fisheries Committee');
  });

  it('leaves a known place and a body apart', () => {
    const shown = names(
      entitiesOf(`Talks between the France and Caribbean Commission ended on Monday, and the Caribbean Commission
      said France had left.`),
    );
    expect(shown).not.toContain('France and Caribbean Commission');
  });
});
