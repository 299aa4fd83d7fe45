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

/** A French commune's or department's name by its shape (see COMMUNE, DEPARTMENT). */
export const frenchPlaceShape = (s: string): boolean => COMMUNE.test(s) || DEPARTMENT.test(s);
