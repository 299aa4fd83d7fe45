import type { EntityType } from '@/utils/article/types';
import { bodyAcronymContext } from './acronym-types';
import { isAcronymLike } from './acronyms';
import { isSeatTail } from './compound-tails';
import {
  bodyKindBefore,
  competitionContext,
  namedPlaceContext,
  organizationContext,
  personContext,
  placeContext,
  productContext,
  teamContext,
} from './context-cues';
import { frenchPlaceShape } from './french-place-shapes';
import { GIVEN_NAMES, isDemonymWord, ORGANIZATIONS, PLACE_WORDS, PLACES } from './gazetteer';
import type { EntityGroup } from './group';
import type { Mention } from './mention';
import { namedAfter, STREETS } from './naming-cues';
import { isPersonShaped } from './person-shape';
import { isPluralName, isPluralSide } from './plural-sides';

/** Evidence for each kind, highest wins. */
export type Votes = Record<EntityType, number>;

/**
 * Votes from the words around the mentions (see context-cues.ts). `full`: the group's keys shaped like a
 * person's full name. A cue speaks only for names of the matching shape: a person's context for a full name
 * ("Lena Holt said"), a team's or a place's for a name that is not one, so "Raila Odinga, Kenya's leader" stays
 * a person and "Leeds beat Hull" needs no gazetteer.
 */
export function voteCues(g: EntityGroup, v: Votes, full: string[], names?: ReadonlySet<string>): void {
  const keys = [...g.keys];
  // "Kurdish region", "Israeli shares": a nationality word is none of these.
  if (keys.every((k) => k.split(' ').every(isDemonymWord))) return;
  const known = keys.some((k) => PLACES.has(k) || ORGANIZATIONS.has(k));
  const given = full.some((k) => GIVEN_NAMES.has(k.split(' ')[0] ?? ''));
  const share = (f: (m: EntityGroup['mentions'][number]) => boolean): number =>
    g.mentions.filter(f).length / g.mentions.length;
  // "the town of Bou Haroun, 65 km east": a place's context outweighs what looks like an age.
  // "Zycie Warszawy daily said": a body's context outweighs the verb a person would take too.
  const corporate = g.mentions.some(organizationContext);
  const personal = g.mentions.some((m) => personContext(m) && !placeContext(m));
  if (full.length > 0 && !known && personal && !corporate) v.person += 1.2;
  // « l’entreprise d’Issy-les-Moulineaux »: a commune's name after a body's kind says where the body is.
  const commune = [...g.surfaces.keys()].some(frenchPlaceShape);
  const calledBody = g.mentions.some(bodyKindBefore);
  if (!given && corporate && !commune) v.organization += calledBody ? 2.5 : 1.5;
  // "sold as Ozempic for diabetes": a name no person's shape and no gazetteer claims, taken for a condition, is a
  // drug's, a product.
  if (full.length === 0 && !known && g.mentions.some(productContext)) v.product += 2;
  // « la chaîne Brossard Lemieux », « le groupe Bertin Morel »: the page calls it a company; no given name opens
  // it, so its surname shape and the surname written alone later are a company's short name, not a person's.
  if (!given && calledBody && !commune) v.person = 0;
  // "the Republic of Ireland beat ...": a place word says the country, whoever plays for it.
  const placeWord = keys.some((k) => k.split(' ').some((w) => PLACE_WORDS.has(w)));
  if (full.length === 0 && !known && !placeWord && g.mentions.some(teamContext) && !inPersonName(keys, names))
    v.organization += 1.5;
  // « la 14e journée de Betclic Élite »: a league or a cup, an organisation, though « en Betclic Élite » reads
  // like « en Bretagne ».
  if (!given && !known && g.mentions.some(competitionContext)) v.organization += 2;
  const acronym = [...g.surfaces.keys()].every(isAcronymLike);
  // "the SDA said", "his WBO title": an acronym that acts or awards is a body's (it is never a person's).
  const actingAcronym = (m: EntityGroup['mentions'][number]): boolean =>
    isAcronymLike(m.surface) && bodyAcronymContext(m);
  if (full.length === 0 && !known && !corporate && g.mentions.some(actingAcronym)) v.organization += 1.5;
  const seat = share((m) => isSeatTail(m.tail)) >= 0.5;
  if (
    full.length === 0 &&
    !acronym &&
    !ORGANIZATIONS.has(keys[0] ?? '') &&
    (seat || g.mentions.some(placeContext))
  )
    v.place += 1.2;
  // "the coastal town of Bou Haroun": a place word outweighs a name's shape, not a given name or a person's cue.
  else if (!given && !personal && !known && g.mentions.some(namedPlaceContext)) v.place += 1.2;
  // "the Cincinnati Reds", "the Rolling Stones": a plural after "the" names a side or a band, not a person.
  if (keys.every(isPluralName)) {
    const afterThe = share((m) => m.before[0] === 'the') >= 0.5;
    const side = isPluralSide(g, afterThe, full.length > 0, names);
    if (afterThe || side) v.person = 0;
    if (side) v.organization += 2;
  }
  // "Charles de Gaulle airport", "Nelson Mandela Bridge" at every mention: a facility named after a person.
  if (g.mentions.every((m) => PLACE_WORDS.has(m.after[0] ?? ''))) v.person = Math.min(v.person, 0.5);
  // "Dr B.R. Ambedkar Konaseema district": a title and a place's kind around the name at every titled mention
  // name a place after a person; the title is the namesake's.
  const titled = g.mentions.filter((m) => m.personCue);
  if (titled.length > 0 && titled.every((m) => PLACE_WORDS.has(m.after[0] ?? ''))) {
    v.person = Math.min(v.person, 0.5);
    v.place += 1.2;
  }
  // « rue Jean-Jaurès », « lycée Victor-Hugo » at every mention: French names a street or a building after a
  // person with the kind of place before the name; a street is a place. « le télescope James Webb (JWST) »: the
  // craft's acronym is no person's either.
  const kindBefore = (m: Mention): boolean => STREETS.has(m.before[0] ?? '') || namedAfter(m);
  if (g.mentions.some(kindBefore) && g.mentions.every((m) => kindBefore(m) || isAcronymLike(m.surface))) {
    v.person = Math.min(v.person, 0.5);
    if (g.mentions.every((m) => STREETS.has(m.before[0] ?? ''))) v.place += 1.5;
  }
}

/** A one-word name that opens or closes a person's full name in the text ("Jansher" of "Jansher Khan"). */
function inPersonName(keys: string[], names?: ReadonlySet<string>): boolean {
  if (!names) return false;
  const single = keys.filter((k) => !k.includes(' '));
  for (const n of names) {
    if (single.some((k) => n.startsWith(`${k} `) || n.endsWith(` ${k}`)) && isPersonShaped(n)) return true;
  }
  return false;
}
