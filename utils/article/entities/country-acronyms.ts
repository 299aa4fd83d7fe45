// "USDA" for the "Department of Agriculture", "UKHSA" for the "Health Security Agency": an acronym may open with its
// country's letters where the article names the body without them.
import { ORG_WORDS } from './gazetteer';

const COUNTRY_LETTERS = ['us', 'uk'];

/** The letters after a country's ("da" in "usda"), when two at least follow; else undefined. */
export function afterCountryLetters(acronym: string): string | undefined {
  const country = COUNTRY_LETTERS.find((c) => acronym.startsWith(c));
  return country && acronym.length >= country.length + 2 ? acronym.slice(country.length) : undefined;
}

/** A body's name: its first word or last word is a body's ("Department of Agriculture", "Health Security Agency"). */
export function isBodyName(key: string): boolean {
  const ws = key.split(' ');
  return ws.length > 1 && (ORG_WORDS.has(ws[0] ?? '') || ORG_WORDS.has(ws.at(-1) ?? ''));
}
