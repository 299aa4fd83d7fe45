import type { TextEvidence } from './evidence';
import { isNameToken } from './span';
import type { Token } from './tokenize';

// « le groupe Crédit Mutuel Arkéa », « la Source Perrier »: a word that labels page furniture (« Crédit photo »,
// "Image caption") opens a name when a sentence runs on into it (a lower-case word before it, on its line), it
// comes before more of the name, and the text writes it capitalised inside sentences twice; a caption's label
// opens its line or follows punctuation ("(Photo Jean Dupont)", "© Getty"). French and English only: German
// capitalises the noun before a name too ("der Radio-Dienstleister Media Broadcast").
/** Whether the furniture word at `a` opens the name tokens[a..b). */
export function furnitureOpensName(tokens: Token[], a: number, b: number, ev: TextEvidence): boolean {
  const t = tokens[a];
  const before = tokens[a - 1];
  if (
    !ev.fullLanguage ||
    t === undefined ||
    b - a < 2 ||
    t.initial ||
    t.headline ||
    !isNameToken(tokens[a + 1])
  )
    return false;
  const runOn =
    t.elided || (before !== undefined && before.line === t.line && before.isWord && !before.capital);
  return runOn && (ev.midCaps.get(t.folded) ?? 0) >= 2;
}
