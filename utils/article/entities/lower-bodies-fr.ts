// French writes courts, prosecutors, councils and local bodies in lower case before the place they serve: « la
// cour d’assises du Rhône », « le tribunal correctionnel de Bordeaux », « le parquet de Lille », « le conseil
// municipal de Grenoble », « le centre hospitalier universitaire de Lyon », « la communauté d’agglomération du
// Grand Annecy », « le parc national des Écrins », « l’agence de l’eau Rhône-Méditerranée ». The body, not the
// place alone, is what the sentence names.
import type { Token } from './tokenize';

/** A kind of lower-case body: its heads (folded) and what runs from the head to the place. */
interface LowerBodies {
  heads: ReadonlySet<string>;
  /** From the head to the « de », « du », « des », « de la », « de l’ » or « d’ » before the place. */
  beforePlace: RegExp;
  /** The most tokens between the head and the place. */
  reach: number;
  /** Whether a word with a capital between them (or anything but a word) ends the search. */
  lowerOnly: boolean;
  /** Words (folded) that may not come just before the place's other mention (see writtenApart), if required. */
  placeApart?: ReadonlySet<string>;
}

const COURTS: LowerBodies = {
  heads: new Set(['tribunal', 'cour', 'conseil', 'parquet']),
  beforePlace: new RegExp(
    `^(?:tribunal\\s+(?:correctionnel|judiciaire|administratif|de\\s+commerce|des\\s+activités\\s+économiques|pour\\s+enfants)` +
      `|cour\\s+(?:d[’']\\s*assises|d[’']\\s*appel|administrative\\s+d[’']\\s*appel|criminelle(?:\\s+départementale)?)` +
      `|parquet(?:\\s+général)?` +
      `|conseil\\s+(?:municipal|départemental|régional|communautaire|métropolitain|de\\s+prud[’']\\s*hommes))` +
      `\\s+(?:de|des|du|de\\s+la|de\\s+l[’']|d[’'])\\s*$`,
    'iu',
  ),
  reach: 5,
  lowerOnly: false,
};

// A bare head (« le centre de Lyon ») is a part of town, not a body; a university is one bare (« l’université
// de Tours »).
const LOCAL_BODIES: LowerBodies = {
  heads: new Set(['centre', 'communaute', 'syndicat', 'chambre', 'office', 'parc', 'reserve', 'universite']),
  beforePlace: new RegExp(
    `^(?:université|centre\\s+hospitalier(?:\\s+(?:universitaire|régional|intercommunal|départemental))*` +
      `|communauté\\s+(?:de\\s+communes|d[’']\\s*agglomération|urbaine)` +
      `|syndicat\\s+(?:mixte|intercommunal)(?:\\s+(?:des?|du|d[’'])\\s*\\p{Ll}+)?` +
      `|chambre\\s+(?:de\\s+commerce(?:\\s+et\\s+d[’']\\s*industrie)?|d[’']\\s*agriculture|des\\s+métiers(?:\\s+et\\s+de\\s+l[’']\\s*artisanat)?)` +
      `|office\\s+de\\s+tourisme` +
      `|parc\\s+(?:national|naturel\\s+régional|naturel\\s+marin)|réserve\\s+naturelle(?:\\s+nationale|\\s+régionale)?)` +
      `\\s+(?:de|des|du|de\\s+la|de\\s+l[’']|d[’'])\\s*$`,
    'u',
  ),
  reach: 8,
  lowerOnly: true,
};

// « l’agence de l’eau Loire-Bretagne »: the six water agencies are named after their basin, with no « de ».
const BASIN_BODIES: LowerBodies = {
  heads: new Set(['agence']),
  beforePlace: /^agence\s+de\s+l[’']\s*eau\s*$/u,
  reach: 4,
  lowerOnly: true,
};

// « la préfecture de la Seine-Maritime », « la préfecture du Nord »: the State's office in a département, named
// after it with its article; « la préfecture de Rouen » is a town, the seat. The département is often the
// article's place, named there only (or in the prefect's title, « le préfet de la Gironde »): it stays the place
// then.
const PREFECTURES: LowerBodies = {
  heads: new Set(['prefecture']),
  beforePlace: /^préfecture\s+(?:des|du|de\s+la|de\s+l[’'])\s*$/u,
  reach: 3,
  lowerOnly: true,
  placeApart: new Set(['prefecture', 'prefet', 'prefete', 'sous-prefecture']),
};

/** The text writes the place's first word `first` somewhere else, with none of `apart` just before it. */
const writtenApart = (
  tokens: readonly Token[],
  first: Token,
  reach: number,
  apart: ReadonlySet<string>,
): boolean =>
  tokens.some(
    (t, i) =>
      t !== first &&
      t.text === first.text &&
      !tokens.slice(Math.max(0, i - reach), i).some((h) => apart.has(h.folded)),
  );

/** Index of a head of `kind` before the place starting at `a`, else `a`. */
function headBefore(tokens: readonly Token[], text: string, a: number, kind: LowerBodies): number {
  const first = tokens[a];
  if (!first) return a;
  for (let k = a - 1; k >= Math.max(0, a - kind.reach); k--) {
    const head = tokens[k] as Token;
    if (head.sentence !== first.sentence || (kind.lowerOnly && (!head.isWord || head.capital))) return a;
    if (kind.heads.has(head.folded) && kind.beforePlace.test(text.slice(head.start, first.start)))
      return !kind.placeApart || writtenApart(tokens, first, kind.reach, kind.placeApart) ? k : a;
  }
  return a;
}

/**
 * Index of the lower-case body's head before the place starting at `a` (« tribunal correctionnel de Bordeaux »,
 * « centre hospitalier de Saint-Brieuc »), else `a`.
 */
export function lowerBodyStart(tokens: readonly Token[], text: string, a: number): number {
  const court = headBefore(tokens, text, a, COURTS);
  const local = headBefore(tokens, text, headBefore(tokens, text, court, LOCAL_BODIES), BASIN_BODIES);
  return headBefore(tokens, text, local, PREFECTURES);
}

const PREFECTURE_NAME = /^préfecture (?:des|du|de la|de l[’']) ?\S/u;

/** « préfecture de la Seine-Maritime » as found above: the State's office, a body, not the place it serves. */
export const namesPrefecture = (surface: string): boolean =>
  surface.startsWith('préfecture ') && PREFECTURE_NAME.test(surface);
