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

describe('a town’s people word before a person', () => {
  it('is not part of the person’s name', () => {
    const fr = `Arrivée à Genève, la Lyonnaise Claire Morand a pris ses fonctions. Claire Morand a été nommée en mai.
Le Nantais Paul Durand l’accompagne ; Paul Durand vient de Nantes.`;
    const shown = names(entitiesOf(fr, 'fr'));
    expect(shown).toContain('Claire Morand');
    expect(shown).toContain('Paul Durand');
    expect(shown.some((n) => n.includes('Lyonnaise') || n.includes('Nantais'))).toBe(false);
    const en = `The Glaswegian Paul Durand took office on Monday. Paul Durand was named in May.`;
    expect(names(entitiesOf(en, 'en'))).toContain('Paul Durand');
  });

  it('keeps a given name with the same ending and a name with no article before it', () => {
    const en = `Adrian Paul Smith spoke first. Adrian Paul Smith left at noon.`;
    expect(names(entitiesOf(en, 'en'))).toContain('Adrian Paul Smith');
    const fr = `Sébastien Paul Martin a parlé. Sébastien Paul Martin est reparti.`;
    expect(names(entitiesOf(fr, 'fr'))).toContain('Sébastien Paul Martin');
  });
});
