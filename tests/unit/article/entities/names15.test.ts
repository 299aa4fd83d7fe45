import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe("a graphics card's tier after its number", () => {
  it('keeps "Ti" and "XT" with the model', () => {
    const shown = names(
      entitiesOf(`Korvane launched the Zephyr 4070 Ti and the Zephyr 4070 Ti sold out. Rivals sell the Nox 880 XT.
The Nox 880 XT costs less than the Zephyr 4070 Ti, Korvane said.`),
    );
    expect(shown).toContain('Zephyr 4070 Ti');
    expect(shown).toContain('Nox 880 XT');
    expect(shown).not.toContain('Zephyr');
  });
});

describe('a feature or an honour and its complement', () => {
  it('keeps the head of "Cape of X", "Isle of X"', () => {
    const shown = names(
      entitiesOf(`The trawler rounded the Cape of Dunmere Point in May. The Cape of Dunmere Point was calm.
Its crew came from the Isle of Carrow, and the Isle of Carrow welcomed them home.`),
    );
    expect(shown).toContain('Cape of Dunmere Point');
    expect(shown).toContain('Isle of Carrow');
    expect(shown).not.toContain('Cape');
    expect(shown).not.toContain('Isle');
  });

  it('keeps two orders sharing their first word whole, never the bare word', () => {
    const shown = names(
      entitiesOf(`Mara Voss received the Order of Canada in 2019 and the Order of Ontario in 2021.
The Order of Canada cited her work on rivers.`),
    );
    expect(shown).toContain('Order of Canada');
    expect(shown).toContain('Order of Ontario');
    expect(shown).not.toContain('Order');
  });
});

describe('"TV" before a kind of work', () => {
  it('is no part of the title', () => {
    const shown = names(
      entitiesOf(`Lena Barrow wrote the Harrowgate TV series. The Harrowgate TV series ran for four years.
Lena Barrow also wrote Harrowgate for radio.`),
    );
    expect(shown).toContain('Harrowgate');
    expect(shown).not.toContain('Harrowgate TV');
  });

  it('leaves a known device or channel its word', () => {
    const shown = names(
      entitiesOf('The Apple TV series was filmed in Oslo. The Apple TV series ends in May.'),
    );
    expect(shown).toContain('Apple TV');
  });
});

describe("a species' two words", () => {
  it('keeps the genus and its Latin epithet written together twice', () => {
    const shown = names(
      entitiesOf(`Cases of Staphylococcus aureus rose in Dorvale. Staphylococcus aureus resists several drugs.
Tests also found Escherichia coli in the wells; Escherichia coli lives in the gut.`),
    );
    expect(shown).toContain('Staphylococcus aureus');
    expect(shown).toContain('Escherichia coli');
    expect(shown).not.toContain('Escherichia');
  });

  it('leaves a name and an ordinary word the text writes elsewhere apart', () => {
    const shown = names(
      entitiesOf(`Talvera bonus schemes grew. Talvera bonus pay rose again, and each bonus was taxed.`),
    );
    expect(shown.some((n) => n.includes('bonus'))).toBe(false);
  });

  it('leaves a French future tense apart', () => {
    const shown = names(
      entitiesOf('Selon Lucien Marot, Verlande devra payer. Verlande devra aussi réparer les routes.', 'fr'),
    );
    expect(shown.some((n) => n.includes('devra'))).toBe(false);
  });
});

describe('a capitalised French adjective after a product', () => {
  it('ends the name where the text writes the adjective in lower case and the name alone', () => {
    const shown = names(
      entitiesOf(
        'Valmont relance la Brisa Électrique. La Brisa coûte 30 000 euros chez Valmont. Une voiture électrique.',
        'fr',
      ),
    );
    expect(shown).toContain('Brisa');
    expect(shown).not.toContain('Brisa Électrique');
  });

  it('leaves a body named by a noun and an adjective whole', () => {
    const shown = names(
      entitiesOf(
        'Le Parti Socialiste a voté à Lyon. Le Parti a dit non. Une motion socialiste. Le congrès du Parti Socialiste aura lieu à Nantes.',
        'fr',
      ),
    );
    expect(shown).toContain('Parti Socialiste');
  });
});

describe('a cape or an isle', () => {
  it('is a place', () => {
    const es = entitiesOf(`The ferry left the Isle of Carrow at dawn. The Isle of Carrow has 900 people.
It rounded the Cape of Dunmere Point, and the Cape of Dunmere Point was calm.`);
    expect(es.find((e) => e.text === 'Isle of Carrow')?.type).toBe('place');
    expect(es.find((e) => e.text === 'Cape of Dunmere Point')?.type).toBe('place');
  });
});
