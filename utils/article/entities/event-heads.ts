import { isEventOpener } from './event-games';

// Particles between a French event word and what it is of: « Coupe de France », « Ligue des nations ».
const OF = new Set(['de', 'des', 'du', 'd']);
// « la Ve République », « le Second Empire »: a regime, a period of a country's history.
const REGIMES = new Set(['republique', 'empire']);
const ORDINAL = /^(?:[ivx]+e|[ivx]+eme|premier|second|seconde)$/;

// Occasions a party is thrown for ("Snowman Holiday Party", "Christmas Party", "Office Party"): a gathering, not a
// political party.
const OCCASIONS = new Set(
  'holiday holidays christmas xmas halloween birthday launch dinner garden tea office pool street block farewell retirement engagement costume'.split(
    ' ',
  ),
);

/**
 * A competition, a gathering or a period, not a place nor a person: French opens a competition's name with its
 * event word (« Coupe de France », « Coupe des champions », « Championnat d'Europe », « Major de Cologne »), a party names its occasion
 * (see OCCASIONS), and French numbers its regimes (« la Ve République », « le Second Empire »). `ws`: the name's
 * key, word by word.
 */
export function namesEventOrPeriod(ws: readonly string[]): boolean {
  const [first = '', second = ''] = ws;
  if (ws.length >= 3 && isEventOpener(first) && OF.has(second)) return true;
  if (ws.at(-1) === 'party' && OCCASIONS.has(ws.at(-2) ?? '')) return true;
  return ws.length === 2 && ORDINAL.test(first) && REGIMES.has(second);
}
