import { BODY_HEAD, NAME_HEAD } from './german-bodies';
import type { Token } from './tokenize';

// German writes a genitive complement with its article ("das Fördergeld der Sächsischen Aufbaubank", "Prüfer der
// Aufbaubank") and an author with "von" ("der Abend von Bellmann"): where every noun has a capital, the article
// joins one name only after a head that takes a complement ("Bundesverband der Deutschen Industrie", "Akademie der
// Künste", "Tag der Arbeit"), and "von" none after a noun its own article introduces.

const ARTICLES = new Set(['der', 'des']);
const DETERMINERS = new Set(
  'der die das den dem des ein eine einer eines einem einen dieser diese dieses diesem diesen'.split(' '),
);

// Heads of German names with a genitive complement beyond bodies' heads, folded: "Haus der Geschichte", "Tag der
// Deutschen Einheit", "Platz der Republik", "Orden der Ehrenlegion", "Museum der bildenden Künste".
const COMPLEMENT_HEADS =
  /(?:haus|tag|nacht|platz|strasse|allee|tal|orden|museum|kirche|dom|schule|theater|bundesamt|liga|rates|rat|spiele|kongress|konferenz|gipfel|messe|festival|staaten|republik|union|reich|bund)$/u;

/** A word that heads a German name with a complement, its genitive "-s"/"-es" aside ("Verbands der …"). */
function headsComplement(folded: string): boolean {
  const bare = folded.replace(/(?<=\p{L}{3})e?s$/u, '');
  return [folded, bare].some((w) => BODY_HEAD.test(w) || NAME_HEAD.test(w) || COMPLEMENT_HEADS.test(w));
}

/**
 * Whether the connector at `at` ("der", "des", "von") ends the German name before it: no head of a name with a
 * complement comes before it (`isHead`: the heads every language shares: "Universität", "Kommission").
 */
export function germanConnectorEnds(
  tokens: readonly Token[],
  at: number,
  isHead: (folded: string) => boolean,
): boolean {
  const connector = tokens[at]?.text ?? '';
  const left = tokens[at - 1]?.folded ?? '';
  if (isHead(left) || headsComplement(left)) return false;
  if (ARTICLES.has(connector)) return true;
  // "der Abend von Bellmann": a noun with its article; "Ursula von der Leyen", "Staaten von Amerika" keep "von".
  return connector === 'von' && DETERMINERS.has(tokens[at - 2]?.folded ?? '');
}
