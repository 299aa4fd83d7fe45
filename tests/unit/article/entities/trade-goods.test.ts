import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string, lang = 'en'): string | undefined =>
  find(entitiesOf(text, lang), name)?.type;

describe('a brand named after its founder and the goods it sells', () => {
  it('is a company, though a given name opens it', () => {
    const text = `The jacket was made by Albert Hollin Leathers in 1962. Riders still queue at Albert Hollin Leathers
      on Saturdays, and Simon Tarn Cycles sells the bikes next door.`;
    expect(typeOf(text, 'Albert Hollin Leathers')).toBe('organization');
    expect(typeOf(text, 'Simon Tarn Cycles')).toBe('organization');
  });

  it('reads a chain of hotels, though listed with a person', () => {
    const text = `"We are growing fast," said Dana Holt, Group President, Europe, Velmar Hotels. Velmar Hotels now
      runs 40 hotels.`;
    expect(typeOf(text, 'Velmar Hotels')).toBe('organization');
  });

  it('keeps a person whose surname is a plural noun', () => {
    const text = `Emma Fields said the shop would stay open. Emma Fields, 41, has run it since 2009.`;
    expect(typeOf(text, 'Emma Fields')).toBe('person');
  });

  it('reads German company compounds, in a language read names only', () => {
    const text = `Ein Sprecher der Karla Mediengruppe sagte am Montag, die Karla Mediengruppe werde zwei Zeitungen
      verkaufen. Auch die Otto Brandt Bekleidung schließt ihre Filiale in Köln; die Otto Brandt Bekleidung hat 40
      Mitarbeiter.`;
    expect(typeOf(text, 'Karla Mediengruppe', 'de')).not.toBe('person');
    expect(typeOf(text, 'Otto Brandt Bekleidung', 'de')).not.toBe('person');
  });
});
