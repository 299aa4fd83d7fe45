/**
 * A byline that names an organisation, not a writer: a publisher or association with its legal form
 * ("Example-Verlag GmbH, Hamburg", "Freunde des Waldes e.V."), a publishing house or foundation, or the
 * editorial desk ("Redaktion", "Beispiel.de Redaktion", "Metro News Desk", "Herald Staff"). A reader sees no author there.
 */
import { DESK_WORDS } from '@/utils/article/desk-words';
import { PLACES } from '@/utils/article/entities/gazetteer';
import { nameKey } from '@/utils/article/entities/normalize';
import { fold } from '@/utils/shared/fold';

// Legal forms closing a body's name, as they are written: "Sas" or "Ag" written so are surnames.
const LEGAL_FORM =
  /^(?:GmbH|mbH|AG|KG|UG|e\.\s?V\.?|eV|eG|Ltd\.?|LLC|Inc\.?|PLC|plc|Corp\.?|S\.?A\.?|SAS|SARL|S\.?r\.?l\.?|SRL|S\.?p\.?A\.?|N\.?V\.?|B\.?V\.?)$/u;
// Words (or ends of compounds: "Olympia-Verlag", "Hanns-Seidel-Stiftung") naming a publisher or a body.
// Folded: « Rédaction » is "redaction".
const BODY_WORD = new RegExp(
  `(?:verlag|verlagsgruppe|stiftung|verband|redaktion|redazione|redaccion|redacao|bureau|${DESK_WORDS.join('|')})$`,
  'u',
);

const OWN_PEOPLE = /^(?:our|notre|nos|unser|unsere)\s/iu;

const wordsOf = (part: string): string[] =>
  part
    .split(/[\s-]+/u)
    .map((w) => fold(w).replace(/[.,;:()]/gu, ''))
    .filter(Boolean);

/** Whether one part of a byline (between commas) names an organisation. */
export function namesOrganisation(part: string): boolean {
  // "e. V." is one legal form written in two.
  const written = part
    .trim()
    .replace(/\be\.\s+V\.?$/u, 'e.V.')
    .split(/\s+/u);
  return LEGAL_FORM.test(written.at(-1) ?? '') || wordsOf(part).some((w) => BODY_WORD.test(w));
}

/**
 * The byline without the parts naming organisations; null when its first part names one (what follows is the
 * body's address: "Example-Verlag GmbH, Hamburg, Germany").
 */
export function withoutOrganisations(byline: string): string | null {
  // "Our Foreign Staff", « Nos correspondants »: the paper credits its own people, as a wire's name credits the
  // wire; a reader is shown that credit.
  if (OWN_PEOPLE.test(byline)) return byline;
  const parts = byline.split(/\s*,\s*/u);
  if (namesOrganisation(parts[0] ?? '')) return null;
  // "Hamburg, Germany": a dateline or an office's address where the author's name should be. One part alone may
  // be a writer's given name ("Jordan"), so it takes two.
  const isPlace = (part: string) => PLACES.has(nameKey(part));
  if (parts.length > 1 && parts.every(isPlace)) return null;
  // "Jo Bloggs, London, Sam Doe": a place among the names is where one of them wrote from.
  const named = parts.some((part) => part.includes(' ') && !isPlace(part));
  const kept = parts.filter((part, i) => !namesOrganisation(part) && !(i > 0 && named && isPlace(part)));
  return kept.length === parts.length ? byline : kept.join(', ');
}
