import type { EntityGroup } from './group';

// "Senate Bill 10", "Assembly Bill 881", "Proposition 4", "Resolution 2334", "Online Safety Act 2023": a law or a
// measure named by its number or year is neither the body that passes it nor a product; nor is a short title
// with its bracketed part ("Residential Tenancies (Emergency Measures) Bill"). Indian usage puts a comma before
// the year ("Drugs and Cosmetics Act, 1940"); British regulations take theirs ("Building Safety Regulations 2025").
const LAW = /(?:^|\s)(?:Bill|Act|Resolution|Proposition|Regulations),?\s\d{1,5}$|\)\s(?:Bill|Act)$/u;

/** The surface names a numbered law or measure (see LAW). */
export const namesALaw = (surface: string): boolean => LAW.test(surface);

// Words that close a law's title, alone a common noun for it ("the Bill extends rent pressure zones").
const LAW_WORDS = new Set(['bill', 'act']);
const DETERMINERS = new Set(['the', 'this', 'that', 'a', 'an', 'its', 'their']);

/**
 * "the Bill", "the emergency rent Bill": the law word alone, after a determiner or, where the text names a law
 * with it ("… Bill 2026"), after any word, refers to that law and is no name of its own ("Bill" the person is
 * never written "the Bill"). `names`: keys of the text's names.
 */
export function isBareLawWord(g: EntityGroup, names: ReadonlySet<string> = new Set()): boolean {
  const word = g.keys.size === 1 ? [...g.keys][0] : undefined;
  if (!word || !LAW_WORDS.has(word)) return false;
  const befores = g.mentions.map((m) => m.before[0] ?? '');
  if (befores.every((w) => DETERMINERS.has(w))) return true;
  const titled = new RegExp(`.\\s${word}(?:\\s\\d{4})?$`, 'u');
  return [...names].some((k) => titled.test(k)) && befores.every((w) => /^\p{Ll}/u.test(w));
}

const YEAR_AFTER = /\s(\p{L}+)\s(?:1[89]|20)\d\d$/u;

/** "residential tenancies bill 2026" closes on the law word `word` ("bill") and its year. */
export const lawOfYear = (key: string, word: string): boolean => YEAR_AFTER.exec(key)?.[1] === word;
