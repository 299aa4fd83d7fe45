import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a town’s people written as a noun', () => {
  it('is no entity of its own where the text names the town', () => {
    const fr = `Le Racing de Toulouse a battu Nantes dimanche. Menés à la pause, les Toulousains ont renversé la situation.
Les Toulousains remontent à la cinquième place.`;
    expect(names(entitiesOf(fr, 'fr'))).not.toContain('Toulousains');
    const en = `Liverpool lost at Anfield on Saturday. The Liverpudlians were beaten again, and their coach said the
Liverpudlians lacked energy.`;
    expect(names(entitiesOf(en, 'en'))).not.toContain('Liverpudlians');
  });

  it('keeps a nationality, an English adjective and a word the town does not explain', () => {
    const en = `India grew fast. The Indian economy slowed in May, and the Republicans in Congress blamed the Czech Republic.`;
    const shown = names(entitiesOf(en, 'en'));
    expect(shown).toContain('Indian');
    expect(shown).toContain('Republicans');
  });
});
