import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a railway or tube line written with "line" in lower case', () => {
  it('is one name in a text about trains', () => {
    const text = `Passengers on the Elizabeth line must change trains at Harlow Cross. The Jubilee line was closed on
Sunday, and the Elizabeth line ran a reduced service to Harlow Cross.`;
    const shown = names(entitiesOf(text, 'en'));
    expect(shown).toContain('Elizabeth line');
    expect(shown).toContain('Jubilee line');
    expect(shown).not.toContain('Elizabeth');
  });

  it('leaves a name before "line" alone where no train runs', () => {
    const text = `Audi will sell an S line model with larger wheels. Dealers say the Kremlin line on prices held, and
Audi expects strong demand.`;
    const trains = `Sonara's 2000X line of headphones is quiet on trains. The Sonara 2000X is light.`;
    expect(names(entitiesOf(trains, 'en'))).not.toContain('2000X line');
    const shown = names(entitiesOf(text, 'en'));
    expect(shown.some((n) => n.endsWith(' line'))).toBe(false);
  });
});
