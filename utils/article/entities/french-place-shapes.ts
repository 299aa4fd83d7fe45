import { GIVEN_NAMES } from './gazetteer';
import { foldWord } from './normalize';

// French communes join their parts with a lower-case particle: « Vaulx-en-Velin », « Boulogne-sur-Mer », « Le
// Cannet-des-Maures »; people's double names do not (« Lacaze-Ruiz »), nor do given names (« Jean-de-Dieu » aside).
const COMMUNE =
  /^(?:L[ae] )?\p{Lu}[\p{L}’']*(?:-\p{Lu}[\p{L}’']*)*-(?:en|sur|sous|lès|les|lez|le|la|de|des|du|aux)-\p{Lu}/u;

// French departments and regions joined by a hyphen: « Pyrénées-Orientales », « Seine-Maritime », « Hautes-Alpes »,
// « Maine-et-Loire », « Darfour-Nord », « Deux-Sèvres »: a side, a coast, a height or a count closes or opens
// them, "et" joins two rivers.
// A double surname joins two surnames (« Lacaze-Ruiz »), a double given name two given names.
const DEPARTMENT =
  /^\p{Lu}[\p{L}’']*-(?:(?:et|sur)-\p{Lu}[\p{L}’']*|Orientales?|Occidentales?|Atlantiques?|Maritimes?|Nord|Sud|Est|Ouest|Centre)$|^(?:Hautes?|Basses?|Haut|Bas|Deux)-\p{Lu}/u;

// « Côtes-d’Armor », « Val-d’Oise », « Villeneuve-d’Ascq »: an elided « d’ » joins a place's parts as « sur » does.
const ELIDED_PART = /^\p{Lu}[\p{L}’']*(?:-\p{Lu}[\p{L}’']*)*-d[’']\p{Lu}/u;

// Communes named after a saint join it to another part: « Bourg-Saint-Maurice », « Villeneuve-Saint-Georges »,
// « Sainte-Foy-Tarentaise »; a saint and two given names is the saint (« Saint-Jean-Baptiste »).
const SAINT_INSIDE = /^\p{Lu}[\p{L}’']*(?:-\p{Lu}[\p{L}’']*)*-(?:Saint|Sainte)-\p{Lu}\p{Ll}/u;
const SAINT_FIRST = /^(?:Saint|Sainte)-\p{Lu}[\p{L}’']*-(\p{Lu}[\p{L}’']*)$/u;

// Cheap tests first, each what a pattern cannot match without: their Unicode classes are costly to compile on the
// popup's first analysis, and most words fail these.
const twoHyphens = (s: string): boolean => s.indexOf('-') !== s.lastIndexOf('-');
const DEPARTMENT_WORD =
  /-(?:Orientales?|Occidentales?|Atlantiques?|Maritimes?|Nord|Sud|Est|Ouest|Centre)$|^(?:Hautes?|Basses?|Haut|Bas|Deux)-/;

const saintCompound = (s: string): boolean => {
  if (!s.includes('Saint')) return false;
  if (SAINT_INSIDE.test(s)) return true;
  const last = SAINT_FIRST.exec(s)?.[1];
  return last !== undefined && !GIVEN_NAMES.has(foldWord(last));
};

/** A French commune's or department's name by its shape (see COMMUNE, DEPARTMENT, SAINT_INSIDE). */
export const frenchPlaceShape = (s: string): boolean =>
  (twoHyphens(s) && COMMUNE.test(s)) ||
  ((s.includes("-d'") || s.includes('-d’')) && ELIDED_PART.test(s)) ||
  ((twoHyphens(s) || DEPARTMENT_WORD.test(s)) && DEPARTMENT.test(s)) ||
  saintCompound(s);

// French departments named by one word, folded (the hyphenated ones have DEPARTMENT's shape). For typing only: in
// the gazetteer they split bodies' names (« Smur du Morbihan », « Le Courrier du Rhône »). Given names and
// common words left out (« Aude », « Allier », « Calvados », « Landes »).
const DEPARTMENTS = new Set(
  `ain aisne ardeche ardennes ariege aube aveyron cantal charente cher correze creuse dordogne doubs drome essonne
  eure finistere gard gers gironde herault indre isere jura loiret lozere manche marne mayenne meuse morbihan
  moselle nievre oise orne sarthe somme tarn vaucluse vendee vosges yonne yvelines`.split(/\s+/),
);

/** A French department's one-word name, folded (« morbihan »): a place, though no gazetteer holds it. */
export const isDepartmentName = (key: string): boolean => DEPARTMENTS.has(key);
