import { GIVEN_NAMES, isKnownName } from './gazetteer';
import type { EntityGroup } from './group';
import type { Mention } from './mention';
import { isCardLabel } from './recipe-cards';
import type { Token } from './tokenize';

// An amount with its unit, as a card of figures writes it after a label ("Saturated Fat 12g", "Sodium 5%").
const AMOUNT = /^\d+(?:[.,]\d+)?(?:m?g|kg|ml|cl|oz|lbs?|k?cal|kj|%)$/iu;
// Marks that may open a list item before its label ("- Prep Time: 10 minutes", "• Serves: 4").
const BULLET = /^[-–—•*·>]$/u;

/** Only a bullet or the label's own capitalised words before the mention on its line ("Prep [Time]: 15 min"). */
function opensLine(tokens: readonly Token[], m: Mention): boolean {
  const line = tokens[m.from]?.line;
  let words = 0;
  for (let k = m.from - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.line !== line) return true;
    // "At Tunbridge Wells: Kent 214" is a venue, not a label: a function word is no label's.
    if (t.isWord ? !/^\p{Lu}/u.test(t.text) || t.stop || ++words > 3 : !BULLET.test(t.text)) return false;
  }
  return true;
}

/**
 * "Total Time: 20 minutes", "Saturated Fat 12g": a label opening its line, then a colon or an amount with its
 * unit. Not a bare number: "Brackwater Rovers 2" is a score.
 */
function isLabelMention(tokens: readonly Token[], m: Mention): boolean {
  if (!opensLine(tokens, m)) return false;
  const line = tokens[m.from]?.line;
  const [next, after] = [tokens[m.to], tokens[m.to + 1]];
  if (!next || next.line !== line) return false;
  // What follows a label is a figure, lower-case words or a common word (see `labelValues`); a name after the
  // colon makes it a heading of results ("Tunbridge Wells: Kent 214").
  if (next.text === ':') return !!after && (after.initial || /^[\p{Ll}\d]/u.test(after.text));
  return AMOUNT.test(next.text) || (/^\d/.test(next.text) && after?.text === '%');
}

/**
 * A label of a card or a list, every time the text writes it ("Total Time: 20 minutes", "Saturated Fat 12g",
 * "Step One: blend the oats"): page furniture, not a name. Not a known name, not a person's (a given name opens it),
 * not a speaker of a transcript (written in capitals: "HOLT:").
 */
function isLabel(g: EntityGroup, tokens: readonly Token[]): boolean {
  // The layout first: most names have a mention that is no label's, and need no look-up.
  if (!g.mentions.every((m) => !m.headline && isLabelMention(tokens, m))) return false;
  const keys = [...g.keys];
  if (keys.some(isKnownName) || keys.some((k) => GIVEN_NAMES.has(k.split(' ')[0] ?? ''))) return false;
  return ![...g.surfaces.keys()].some((s) => !/\p{Ll}/u.test(s));
}

// Words of share bars and story lists ("Social Share", "More Stories", "Related Stories"); not those of credits
// ("Getty Images" is a name).
const UI_WORDS = new Set(
  `social share sharing shares tweet pin stories story more top popular trending related latest comments
  subscribe follow partager partages articles`.split(/\s+/),
);

/** "Social Share", "Related Stories", "Stories": every word a word of a share bar or a story list. */
function isFurniturePhrase(key: string): boolean {
  return key.split(' ').every((w) => UI_WORDS.has(w));
}

/** A file's name or a page's address ("story-14848218.php", "photo.jpg"), not a name. */
function isFileName(g: EntityGroup): boolean {
  return [...g.surfaces.keys()].every((s) => /\.(?:php|html?|aspx?|jsp|jpe?g|png|gif|pdf)$/iu.test(s));
}

/** A name joined to a word by an underscore is a code identifier's part ("USER_AGENT"); not "_Name", a scan's mark. */
function isInIdentifier(g: EntityGroup, text: string): boolean {
  return g.mentions.every((m) => {
    const end = m.offset + m.surface.length;
    return /\w_$/u.test(text.slice(m.offset - 2, m.offset)) || /^_\w/u.test(text.slice(end, end + 2));
  });
}

/**
 * Marks, in place, the word after a label ("Accuracy: Limited information is…") as opening its item when the text
 * writes it in lower case elsewhere: its capital is the item's first letter's. A colon inside a sentence keeps
 * its meaning ("At Portsmouth: Middlesex beat Hampshire": "Middlesex" is never written in lower case), and so
 * does a word opening a longer name ("Venue: National Museum of Wales"). Not for languages that capitalise nouns.
 */
export function labelValues(tokens: Token[], lower: ReadonlyMap<string, number>, nounCaps: boolean): void {
  if (nounCaps) return;
  tokens.forEach((t, i) => {
    const after = tokens[i + 1];
    if (t.text !== ':' || !after?.isWord || after.line !== t.line || !(lower.get(after.folded) ?? 0)) return;
    if (/^\p{Lu}/u.test(tokens[i + 2]?.text ?? '')) return;
    let k = i - 1;
    while (k >= 0 && (tokens[k] as Token).line === t.line && (tokens[k] as Token).isWord) k--;
    const first = tokens[k + 1] as Token;
    const lineStart = k < 0 || (tokens[k] as Token).line !== t.line;
    if (lineStart && i - k - 1 >= 1 && i - k - 1 <= 3 && /^\p{Lu}/u.test(first.text)) after.initial = true;
  });
}

// Nouns that number the parts of a text or a plan ("Step 2", "Meal 3", "Chapter One", « Étape 2 »).
const COUNTED = new Set(
  `step steps part chapter page day week meal snack age figure fig table option question tip method stage lesson
  exercise level etape partie chapitre jour semaine repas collation tableau astuce methode lecon exercice
  niveau`.split(/\s+/),
);
const NUMBER =
  /^(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|un|deux|trois|quatre|cinq|sept|huit|neuf|dix)$/u;

/** "Step One", "Meal 3", "Age 9", « Étape 2 »: a numbered step, part or item of the text, not a name. */
function isCountedItem(key: string): boolean {
  const [noun = '', number = '', ...rest] = key.split(' ');
  return rest.length === 0 && COUNTED.has(noun) && NUMBER.test(number);
}

/** Page furniture the text carries: a label, a share bar's words, a numbered step, a code identifier's part. */
export function isFurniture(g: EntityGroup, tokens: readonly Token[], text: string): boolean {
  const keys = [...g.keys];
  if (keys.every((k) => isFurniturePhrase(k) || isCountedItem(k))) return true;
  return isLabel(g, tokens) || isCardLabel(g, tokens) || isInIdentifier(g, text) || isFileName(g);
}
