// German names of public bodies take their remit after "für": "Bundesministerium für Bildung und Forschung",
// "Karlsruher Institut für Technologie", "Bundesagentur für Arbeit". Where every noun has a capital, only the
// head noun before "für" tells such a name from a phrase ("Geld für Bildung").
import { fold } from '@/utils/shared/fold';
import { adjectiveStem } from './german-declension';
import type { Token } from './tokenize';

/** A capitalised word that may be part of a name (as span.ts's isNameToken, which imports this file). */
const isNameWord = (t: Token | undefined): t is Token => t?.nameLike === true && !t.headline;

/** Compounds ending with a body's head noun, folded: "bundesministerium", "helmholtzzentrum", "max planck institut". */
export const BODY_HEAD =
  /(?:institut|ministerium|amt|zentrum|verband|gesellschaft|stiftung|akademie|agentur|anstalt|kammer|kommission|verein)$/u;

/**
 * Tokens that "für" and the remit add after a body's head at `at` (0 when none): "für Arbeit", "für Bildung und
 * Forschung", "für Luft- und Raumfahrt"; one more noun after "und" at most.
 */
export function germanRemitLength(tokens: readonly Token[], at: number): number {
  const head = tokens[at - 1];
  const fur = tokens[at];
  const remit = tokens[at + 1];
  // The head may be in the genitive: "des Deutschen Zentrums für …", "des Bundesamts für …".
  const bare = head?.folded.replace(/(?<=\p{L}{3})e?s$/u, '') ?? '';
  if (!head || fur?.text !== 'für' || !BODY_HEAD.test(bare) || !isNameWord(remit)) return 0;
  if (remit.sentence !== head.sentence || remit.stop) return 0;
  // "für Luft- und Raumfahrt": a word cut at its hyphen shares its head with the noun after "und".
  const cut =
    tokens[at + 2]?.text === '-' && tokens[at + 2]?.start === remit.start + remit.text.length ? 1 : 0;
  const more = tokens[at + 3 + cut];
  return tokens[at + 2 + cut]?.text === 'und' && isNameWord(more) && !more.stop ? 4 + cut : 2;
}

/** A body named with its remit: "Bundesagentur für Arbeit", "Karlsruher Institut für Technologie". */
export function namesGermanBody(surface: string): boolean {
  const words = surface.split(' ');
  const at = words.indexOf('für');
  return (
    at > 0 &&
    BODY_HEAD.test((words[at - 1] ?? '').toLowerCase().replace(/(?<=\p{L}{3})e?s$/u, '')) &&
    /^\p{Lu}/u.test(words[at + 1] ?? '')
  );
}

// Heads of German bodies' names, folded, beyond those that take a remit: "Deutscher Caritasverband", "Internationaler
// Währungsfonds", "Fachhochschule Köln", "Verbraucherzentrale Sachsen", "Bayerischer Landtag", "Malteser Hilfsdienst".
export const NAME_HEAD =
  /(?:bund|fonds|rat|partei|bank|kasse|hochschule|universitat|zentrale|behorde|gericht|gerichtshof|bundestag|landtag|parlament|dienst|gewerkschaft|polizei)$/u;

/**
 * A German name whose first noun, after its adjectives, is a body's head: "Deutscher Caritasverband",
 * "Europäische Arzneimittelbehörde"; not "Deutscher Buchpreis", "Afrikanische Schweinepest".
 */
export function headsGermanBody(surface: string): boolean {
  const words = surface.split(' ');
  const head = fold(words.find((w) => adjectiveStem(w) === null) ?? '');
  return words.length > 1 && (BODY_HEAD.test(head) || NAME_HEAD.test(head));
}

/**
 * "Robert-Koch-Institut", "Heinrich-Böll-Stiftung", "des Max-Planck-Instituts": a body named after a person, its
 * head noun joined to the name by hyphens (in the genitive too), is no person.
 */
export function closedByGermanBodyHead(surface: string): boolean {
  const parts = surface.split('-');
  const last = parts.at(-1) ?? '';
  const bare = fold(last).replace(/(?<=\p{L}{3})e?s$/u, '');
  return parts.length > 2 && /^\p{Lu}/u.test(last) && (BODY_HEAD.test(bare) || NAME_HEAD.test(bare));
}
