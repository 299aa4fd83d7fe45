import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a quoted slogan opening with an imperative', () => {
  it('is no person: the verb goes, the name it governs may stay ("Save Brackwood")', () => {
    const shown = names(
      entitiesOf(`Walkers carried banners reading "Save Brackwood's oaks" along the lane. The council said
      Brackwood would keep most of its trees, and Brackwood residents cheered.`),
    );
    expect(shown).not.toContain('Save Brackwood');
    expect(shown).toContain('Brackwood');
  });

  it('leaves a longer campaign name whole ("Stop Funding Fear")', () => {
    const shown = names(
      entitiesOf('The group “Stop Funding Fear” wrote to advertisers. “Stop Funding Fear” said more.'),
    );
    expect(shown).toContain('Stop Funding Fear');
  });
});
