// German names of public bodies take their remit after "für": "Bundesministerium für Bildung und Forschung",
// "Karlsruher Institut für Technologie", "Bundesagentur für Arbeit". Where every noun has a capital, only the
// head noun before "für" tells such a name from a phrase ("Geld für Bildung").
import type { Token } from './tokenize';

/** A capitalised word that may be part of a name (as span.ts's isNameToken, which imports this file). */
const isNameWord = (t: Token | undefined): t is Token => t?.nameLike === true && !t.headline;

/** Compounds ending with a body's head noun, folded: "bundesministerium", "helmholtzzentrum", "max planck institut". */
const BODY_HEAD =
  /(?:institut|ministerium|amt|zentrum|verband|gesellschaft|stiftung|akademie|agentur|anstalt|kammer|kommission|verein)$/u;

/**
 * Tokens that "für" and the remit add after a body's head at `at` (0 when none): "für Arbeit", "für Bildung und
 * Forschung"; one more noun after "und" at most.
 */
export function germanRemitLength(tokens: readonly Token[], at: number): number {
  const head = tokens[at - 1];
  const fur = tokens[at];
  const remit = tokens[at + 1];
  if (!head || fur?.text !== 'für' || !BODY_HEAD.test(head.folded) || !isNameWord(remit)) return 0;
  if (remit.sentence !== head.sentence || remit.stop) return 0;
  const more = tokens[at + 3];
  return tokens[at + 2]?.text === 'und' && isNameWord(more) && !more.stop ? 4 : 2;
}

/** A body named with its remit: "Bundesagentur für Arbeit", "Karlsruher Institut für Technologie". */
export function namesGermanBody(surface: string): boolean {
  const words = surface.split(' ');
  const at = words.indexOf('für');
  return (
    at > 0 && BODY_HEAD.test((words[at - 1] ?? '').toLowerCase()) && /^\p{Lu}/u.test(words[at + 1] ?? '')
  );
}
